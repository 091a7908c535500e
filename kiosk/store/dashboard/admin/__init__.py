"""Administration pages, from the browser: each place's whitelist, computers, staff
accounts and settings. Coordinators read; administrators change; every change is audited."""

from fastapi import APIRouter

from kiosk.store.dashboard.admin import policies, sites, staff, stations

router = APIRouter()
for part in (policies, stations, staff, sites):
    router.include_router(part.router)

__all__ = ["router"]
