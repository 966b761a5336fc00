"""Helpers the services share: translated fields filled from {language: text} dicts, and
validation errors turned into the import's messages."""

from ..models import LANGUAGES


def texts_set(obj, name, texts):
    """Set `<name>_<language>` from `texts` ({language: text}); other languages are kept."""
    for language, value in texts.items():
        if language in LANGUAGES and value is not None:
            setattr(obj, f"{name}_{language}", value)
    if not getattr(obj, f"{name}_fr", "") and texts:
        # A file in English creating a new row: the French source field starts as a copy.
        setattr(obj, f"{name}_fr", next((v for v in texts.values() if v), ""))


def validation_messages(exc, where):
    """A ValidationError as "<where> : <field> : <message>" lines."""
    if hasattr(exc, "message_dict"):
        return [
            f"{where} : {field} : {message}"
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [f"{where} : {message}" for message in exc.messages]
