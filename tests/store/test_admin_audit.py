"""Every change made in the administration pages leaves its entry in the staff actions,
with the administrator who made it."""

from __future__ import annotations

import re

from sqlalchemy import select

from kiosk.store.models import AuditEntry, StaffUser, Station
from tests.store.conftest import World
from tests.store.test_dashboard_pages import Browser
from tests.testpolicy import CAF_POLICY

SITE_FORM = {"name": "Centre social Nord", "timezone": "Europe/Paris",
             **{f"hours_{day}": "09:00-18:00" for day in (
                 "monday", "tuesday", "wednesday", "thursday", "friday")},
             "hours_saturday": "", "hours_sunday": "", "closed": "", "durations": "30, 60",
             "print_quota": "5", "scan_quota": "5", "hold_minutes": "5",
             "retention_days": "396", "help_button": "on"}


def test_admin_every_action_leaves_an_audit_entry(world: World) -> None:
    ids = {s.name: str(s.id) for s in world.db.scalars(select(Station))}
    users = {u.login: str(u.id) for u in world.db.scalars(select(StaffUser))}
    admin_id = int(users["admin"])
    world.db.rollback()  # nothing of the test's left open while the store writes
    browser = Browser(world.client)
    browser.login("admin")
    actions = [
        ("/admin/policies/publish", {"site": "centre-nord", "text": CAF_POLICY},
         {"policy.keep", "policy.publish"}),
        ("/admin/policies/use", {"site": "centre-nord", "version": "1"}, {"policy.publish"}),
        ("/admin/stations/enrol", {"site": "centre-nord", "name": "poste-9"},
         {"station.enrol-token"}),
        ("/admin/stations/rename", {"site": "centre-nord", "station": ids["poste-2"],
                                    "name": "poste-deux"}, {"station.rename"}),
        ("/admin/stations/out-of-order", {"site": "centre-nord", "station": ids["poste-2"],
                                          "state": "out"}, {"station.out-of-order"}),
        ("/admin/stations/revoke", {"site": "centre-nord", "station": ids["poste-2"],
                                    "confirm": "yes"}, {"station.revoke"}),
        ("/admin/staff/add", {"login": "nouvelle", "role": "coordinator",
                              "site": "centre-nord"}, {"user.add"}),
        ("/admin/staff/change", {"user": users["accueil-sud"], "role": "coordinator",
                                 "site": "centre-sud"}, {"user.change"}),
        ("/admin/staff/reset", {"user": users["accueil-sud"]}, {"user.password-reset"}),
        ("/admin/staff/disable", {"user": users["accueil-sud"], "state": "off"},
         {"user.disable"}),
        ("/admin/sites/save", {"site": "centre-nord", **SITE_FORM},
         {"site.change", "site.desk"}),
        ("/admin/sites/add", {"slug": "maison-est", "name": "Maison Est",
                              "timezone": "Europe/Paris"}, {"site.add"}),
    ]
    for path, form, wanted in actions:
        before = world.db.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        world.db.rollback()
        answer = browser.post(path, **form)
        assert answer.status_code in (200, 303), (path, answer.status_code)
        assert not re.search(r'role="alert"><strong>Erreur', answer.text), path
        entries = world.db.scalars(select(AuditEntry).where(AuditEntry.id > (before or 0)))
        made = {(e.action, e.user_id) for e in entries}
        world.db.rollback()
        assert {(action, admin_id) for action in wanted} <= made, (path, made)
