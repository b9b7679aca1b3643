"""naba: Arabic news articles into queryable knowledge."""
