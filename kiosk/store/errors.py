"""Errors of the store: a stable code for programs and a French sentence for people."""

from __future__ import annotations

from typing import Any

# code: (HTTP status, what the person in front of the screen reads)
CATALOG: dict[str, tuple[int, str]] = {
    "invalid-request": (422, "La demande est incomplète ou mal formée."),
    "invalid-event": (422, "Cet événement est mal formé : le poste le met de côté."),
    "not-found": (404, "Cette adresse n'existe pas."),
    "method-not-allowed": (405, "Cette action n'est pas possible ici."),
    "internal-error": (500, "Une erreur est survenue sur le serveur. Réessayez dans un instant ; "
                            "si cela continue, prévenez l'administrateur."),
    "database-busy": (503, "Le serveur est très occupé. Réessayez dans quelques secondes."),
    "database-unavailable": (503, "Le serveur ne joint plus sa base de données. Réessayez dans "
                                  "un instant ; si cela continue, prévenez l'administrateur."),
    "database-full": (503, "Le serveur ne peut plus rien enregistrer : son disque est plein. "
                           "Prévenez l'administrateur."),
    "unauthenticated": (401, "Identifiez-vous pour continuer."),
    "bad-credentials": (401, "Identifiant ou mot de passe incorrect."),
    "forbidden": (403, "Votre compte ne permet pas cette action."),
    "forbidden-site": (403, "Votre compte ne donne pas accès à ce lieu."),
    "site-required": (422, "Précisez le lieu concerné."),
    "site-unknown": (404, "Ce lieu n'existe pas."),
    "rate-limited": (429, "Trop d'essais. Patientez avant de réessayer."),
    "enrol-token-invalid": (401, "Ce jeton d'installation n'est pas valable ou a déjà servi."),
    "station-unknown": (404, "Ce poste n'existe pas."),
    "code-malformed": (400, "Ce code n'est pas valable. Vérifiez le ticket, ou demandez à "
                            "l'accueil."),
    "code-unknown": (404, "Ce code n'existe pas. Vérifiez le ticket, ou demandez à l'accueil."),
    "code-revoked": (403, "Ce code a été annulé. Demandez un nouveau code à l'accueil."),
    "code-not-yet-valid": (403, "Ce code n'est pas encore valable. Demandez à l'accueil."),
    "code-expired": (403, "Ce code a expiré. Demandez un nouveau code à l'accueil."),
    "code-exhausted": (403, "Le temps de ce code est épuisé. Demandez un nouveau code à "
                            "l'accueil."),
    "code-in-use": (409, "Ce code est déjà utilisé sur un autre poste. Terminez la session en "
                         "cours ou demandez à l'accueil."),
    "site-closed": (403, "Le lieu est fermé en ce moment."),
    "station-out-of-order": (403, "Ce poste est hors service. Demandez à l'accueil."),
    "session-unknown": (404, "Cette session n'existe pas."),
    "help-request-unknown": (404, "Cette demande d'aide n'existe pas."),
    "ticket-unknown": (404, "Ce ticket n'existe pas."),
    "ticket-not-waiting": (409, "Ce ticket n'attend plus."),
    "help-request-answered": (409, "Quelqu'un a déjà répondu à cette demande."),
    "session-closed": (409, "Cette session est terminée."),
    "quota-exceeded": (409, "Le quota de pages de ce code ne suffit pas."),
    "reservation-unknown": (404, "Cette réservation de pages n'existe pas."),
    "reservation-settled": (409, "Cette réservation de pages est déjà réglée autrement."),
    "user-exists": (409, "Cet identifiant existe déjà."),
    "station-name-taken": (409, "Un autre poste de ce lieu porte déjà ce nom."),
    "station-busy": (409, "Une session est en cours sur ce poste : attendez qu'elle se termine."),
    "policy-unknown": (404, "Cette version de la liste des sites n'existe pas."),
    "policy-none": (404, "Aucune liste des sites n'est encore publiée pour ce lieu."),
}


class StoreError(Exception):
    """An expected refusal; the API turns it into a problem response."""

    def __init__(self, code: str, **extra: Any) -> None:  # noqa: ANN401 - JSON values
        super().__init__(code)
        self.code = code
        self.status, self.message = CATALOG[code]
        self.extra = extra
