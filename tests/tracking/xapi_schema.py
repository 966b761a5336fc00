"""The shape of the statements Tremplin writes, as a JSON schema (a subset of xAPI 1.0.3
with our own rules: account actors only, absolute IRIs, UTC timestamps)."""

IRI = {"type": "string", "pattern": r"^https?://\S+$"}
LANGUAGE_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
UUID = {
    "type": "string",
    "pattern": r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
}
ACTIVITY_REF = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": IRI, "objectType": {"const": "Activity"}},
}

STATEMENT_SCHEMA = {
    "type": "object",
    "required": ["id", "actor", "verb", "object", "timestamp", "version", "context"],
    "additionalProperties": False,
    "properties": {
        "id": UUID,
        "version": {"const": "1.0.3"},
        "timestamp": {
            "type": "string",
            "pattern": r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$",
        },
        "actor": {
            "type": "object",
            "required": ["account"],
            "additionalProperties": False,
            "properties": {
                "objectType": {"const": "Agent"},
                "account": {
                    "type": "object",
                    "required": ["homePage", "name"],
                    "additionalProperties": False,
                    "properties": {"homePage": IRI, "name": UUID},
                },
            },
        },
        "verb": {
            "type": "object",
            "required": ["id", "display"],
            "properties": {"id": IRI, "display": LANGUAGE_MAP},
        },
        "object": {
            "type": "object",
            "required": ["id", "objectType", "definition"],
            "properties": {
                "id": IRI,
                "objectType": {"const": "Activity"},
                "definition": {
                    "type": "object",
                    "required": ["type"],
                    "properties": {
                        "type": IRI,
                        "name": LANGUAGE_MAP,
                        "description": LANGUAGE_MAP,
                        "interactionType": {"enum": ["choice", "true-false"]},
                        "correctResponsesPattern": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
        "result": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "score": {
                    "type": "object",
                    "properties": {"scaled": {"type": "number", "minimum": -1, "maximum": 1}},
                },
                "success": {"type": "boolean"},
                "completion": {"type": "boolean"},
                "response": {"type": "string"},
                "extensions": {
                    "type": "object",
                    "properties": {
                        "https://w3id.org/xapi/cmi5/result/extensions/progress": {
                            "type": "integer",
                            "minimum": 0,
                            "maximum": 100,
                        }
                    },
                },
            },
        },
        "context": {
            "type": "object",
            "required": ["platform"],
            "additionalProperties": False,
            "properties": {
                "registration": UUID,
                "platform": {"const": "Tremplin"},
                "language": {"type": "string"},
                "contextActivities": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "parent": {"type": "array", "items": ACTIVITY_REF},
                        "grouping": {"type": "array", "items": ACTIVITY_REF},
                    },
                },
            },
        },
    },
}
