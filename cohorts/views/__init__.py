"""The follow-up space's views, by area."""
