"""versions: the declared version, what changed between versions, and the release notes."""
