"""Placeholder until the statistical NER component lands (issue 3)."""


def model_available() -> bool:
    return False
