"""Every write of the cohorts app (STYLE.md): import from the submodules."""
