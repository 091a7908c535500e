"""The station service: what runs on a guest PC under an account of its own, never the
guest's. It holds the station's token and serves the guest shell over a local socket (the
relay to the store), and it runs the network gate the firewall lets the guest reach."""
