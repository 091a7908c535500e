"""The policy the shell's tests run under: real host names served by the test proxy."""

from __future__ import annotations

# The CAF over https and plain http (the test proxy answers both), with a CDN for its
# resources.
CAF_POLICY = """
[policy]
name = "Test"

[[site]]
id = "caf"
title = "CAF"
description = "Allocations familiales"
home = "http://www.caf.fr/"
allow = ["http://www.caf.fr", "www.caf.fr"]
resources = ["http://static.caf-cdn.example", "static.caf-cdn.example"]
"""

# The same policy with one more site: what an administrator publishes next.
CAF_AND_AMELI_POLICY = CAF_POLICY + '''
[[site]]
id = "ameli"
title = "Assurance Maladie"
description = "Remboursements"
home = "https://www.ameli.fr/"
allow = ["www.ameli.fr"]
'''
