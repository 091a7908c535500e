"""The languages the shell speaks, each named in itself, in the order the lock screen offers
them (kept free of Qt: the command line reads it to check `--language`)."""

DEFAULT_LANGUAGE = "fr"
LANGUAGES = {"fr": "Français", "en": "English", "ar": "العربية", "es": "Español",
             "pt": "Português", "uk": "Українська"}
RIGHT_TO_LEFT = frozenset({"ar"})
