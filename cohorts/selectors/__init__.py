"""The non-trivial reads of the cohorts app: import from the submodules."""
