"""The trusted-time part of an evidence bundle: tokens, certificates and how to check them.

Each item that has a token gets it beside it (``bilag/….png.tsr``). When trusted time is on,
the bundle's ``SHA256SUMS`` is stamped too, as the last step (``SHA256SUMS.tsr``), so a file
or ``episodes.json`` changed afterwards cannot be hidden by recomputing the sums. The
certificates of every token's service go in ``certs.pem``. Both come after ``SHA256SUMS``
(which cannot list its own token); the README says how to check them with openssl alone.
"""

from __future__ import annotations

from collections.abc import Callable

from vidne.app.evidence.trusted_time import certs, client, settings, tokens
from vidne.app.evidence.trusted_time.stamp import Stamp
from vidne.app.vault.store import Vault

MANIFEST = "SHA256SUMS"
MANIFEST_TOKEN = "SHA256SUMS.tsr"
CERTS = "certs.pem"
SUFFIX = ".tsr"

Add = Callable[[str, bytes], None]

README_HEAD = """
BETROET TID / TRUSTED TIME
--------------------------
DANSK
Filerne der ender på .tsr er tidsstempler (RFC 3161) fra en uafhængig tidsstempeltjeneste.
Et tidsstempel viser, at filen fandtes præcis sådan på det tidspunkt, tjenesten underskrev –
uafhængigt af Vidne og af den, der ejer boksen. Kun filens SHA-256 blev sendt til tjenesten.
Tjenestens certifikater ligger i certs.pem. Vil du være helt sikker, så hent tjenestens
certifikat fra dens egen hjemmeside og brug det i stedet for certs.pem.
Findes SHA256SUMS.tsr, dækker den SHA256SUMS: er en fil eller episodes.json ændret bagefter,
og SHA256SUMS regnet om, fejler kontrollen af SHA256SUMS.tsr.

ENGLISH
Files ending in .tsr are timestamps (RFC 3161) from an independent timestamp service. A
timestamp shows that the file existed exactly like this at the time the service signed -
independently of Vidne and of the vault's owner. Only the file's SHA-256 was sent to the
service. The service's certificates are in certs.pem; to be certain, get the service's
certificate from its own website and use that instead of certs.pem.
If SHA256SUMS.tsr is present, it covers SHA256SUMS: if a file or episodes.json was changed
afterwards and SHA256SUMS recomputed, checking SHA256SUMS.tsr fails.

Kontrol / check (OpenSSL):
  sha256sum -c SHA256SUMS
"""


def verify_command(token_member: str, data_member: str) -> str:
    return f'  openssl ts -verify -in "{token_member}" -data "{data_member}" -CAfile {CERTS}\n'


class BundleTokens:
    """Collects the tokens written into one bundle, then adds the manifest's token and the
    certificates at the end."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.config = settings.load(vault)
        self.pairs: list[tuple[str, str]] = []  # (token member, data member)
        self.pem: list[str] = []
        self.manifest: Stamp | None = None
        self.manifest_error = ""

    def add_items(self, add: Add, members: list[tuple[str, str]]) -> None:
        """Each evidence file's token beside it (``members``: (SHA-256, name) as in
        SHA256SUMS): found by the content it covers, so whatever the bundle holds is matched."""
        files = [(digest, name) for digest, name in members if name.startswith("bilag/")]
        with self.vault.read() as conn:
            found = tokens.by_sha256(conn, [digest for digest, _name in files])
        for digest, name in files:
            token = found.get(digest)
            if token is None:
                continue
            add(name + SUFFIX, token.stamp.token)
            self.pairs.append((name + SUFFIX, name))
            self.pem.append(token.stamp.certs)

    def readme(self) -> str:
        """The README's section on trusted time ('' when the bundle has none)."""
        if not self.pairs and not self.config.enabled:
            return ""
        lines = [README_HEAD]
        lines += [verify_command(t, d) for t, d in self.pairs]
        if self.config.enabled:
            lines.append(verify_command(MANIFEST_TOKEN, MANIFEST).rstrip("\n"))
            lines.append("   (hvis filen findes / if present)\n")
        return "".join(lines)

    def finish(self, add: Add, sums: bytes) -> None:
        """After SHA256SUMS: its token (when trusted time is on) and the certificates."""
        if self.config.enabled and self.config.services:
            self._stamp_manifest(add, sums)
        pem = "".join(dict.fromkeys(self.pem))  # each service's chain once, in order
        if pem:
            add(CERTS, _unique_pem(pem).encode("ascii"))

    def _stamp_manifest(self, add: Add, sums: bytes) -> None:
        for url in self.config.services:
            try:
                self.manifest = client.request(url, sums, self.config.ca_file)
            except client.ServiceError as exc:
                self.manifest_error = exc.detail
                continue
            add(MANIFEST_TOKEN, self.manifest.token)
            self.pem.append(self.manifest.certs)
            return


def _unique_pem(pem: str) -> str:
    return certs.to_pem(dict.fromkeys(certs.load_pem(pem.encode("ascii"))))
