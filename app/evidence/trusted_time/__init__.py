"""Trusted time: RFC 3161 timestamps from a service the user picks, opt-in and off by default.

Only a SHA-256 hash leaves the computer, sent by a plain HTTP POST to the first service in the
user's list that answers; the signed reply (the token) proves that the item existed unchanged
at the time the service signed, independently of Vidne and of the vault's owner.

- :mod:`.settings` on/off, the list of services and extra certificates (in the vault).
- :mod:`.client` one request to one service and the checks of its reply.
- :mod:`.certs` the service's certificate chain, from the reply and the trusted roots.
- :mod:`.tokens` tokens in the vault (chained) and the queue of what waits for one.
- :mod:`.stamping` what is due, asking the services in order, retries with back-off.
- :mod:`.bundle_part` the tokens, certificates and instructions in an evidence bundle.
- :mod:`.bundle_check` verifying a bundle as its recipient would (``vidne verify-bundle``).
"""
