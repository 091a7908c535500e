"""The policy shipped with the product."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.policy import Policy, RequestKind, load_policy

DEFAULT = Path(__file__).resolve().parents[1] / "policies" / "default.toml"
NAV = RequestKind.NAVIGATION


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(DEFAULT)


def test_it_loads_and_every_home_is_allowed_by_its_site(policy: Policy) -> None:
    assert policy.sites
    for site in policy.sites:
        decision = policy.decide(site.home, NAV)
        assert decision.allowed, site.id
        assert decision.site_id == site.id
        assert site.title.strip()
        assert 10 <= len(site.description) <= 100, site.id


@pytest.mark.parametrize(
    "site_id",
    ["caf", "france-travail", "ants", "impots", "ameli", "service-public", "msa",
     "info-retraite", "assurance-retraite", "anef", "mes-droits-sociaux",
     "identite-numerique-la-poste", "1jeune1solution", "demarches-simplifiees", "franceconnect"],
)
def test_the_services_guests_need_are_there(policy: Policy, site_id: str) -> None:
    assert policy.site(site_id) is not None


@pytest.mark.parametrize(
    ("url", "site_id"),
    [
        ("https://wwwd.caf.fr/wps/portal/caffr/login", "caf"),
        ("https://candidat.francetravail.fr/espacepersonnel/", "france-travail"),
        ("https://authentification-candidat.francetravail.fr/connexion/", "france-travail"),
        ("https://candidat.pole-emploi.fr/", "france-travail"),
        ("https://permisdeconduire.ants.gouv.fr/", "ants"),
        ("https://cfspart.impots.gouv.fr/LoginAccess", "impots"),
        ("https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure", "ameli"),
        ("https://app.franceconnect.gouv.fr/api/v1/authorize", "franceconnect"),
        ("https://www.service-public.fr/particuliers/vosdroits", "service-public"),
    ],
)
def test_log_in_pages_work(policy: Policy, url: str, site_id: str) -> None:
    assert policy.decide(url, NAV).site_id == site_id


@pytest.mark.parametrize("url", [
    "https://www.google.com/", "https://www.facebook.com/", "https://www.youtube.com/",
    "https://caf.fr.secure-login.example/", "https://ameli-remboursement.example/",
    "https://www.impots-gouv.fr/", "https://gouv.fr/", "https://www.gouv.fr/",
])
def test_everything_else_is_refused(policy: Policy, url: str) -> None:
    assert not policy.decide(url, NAV).allowed
