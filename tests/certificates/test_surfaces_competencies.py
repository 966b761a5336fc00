"""The competencies of a certificate on every surface: the PDF, the verification page in both
languages, the JSON (schema), and Digital Bazaar's verifier with the credential's alignments."""

import copy
import json

import jsonschema
from django.utils.html import escape

from .pdfs import pdf_text, read_pdf
from .test_node_verifier import node_verify
from .test_views_verification import SCHEMA


def test_pdf_lists_the_competencies_and_levels(competent_certificate, items):
    text = " ".join(pdf_text(read_pdf(competent_certificate)).split())
    assert "Compétences attestées" in text
    assert f"A1 · {' '.join(items['A1'].title_fr.split())} — niveau Pratiquer" in text
    assert "A6 ·" in text and "niveau Découvrir" in text
    assert "A5 ·" not in text


def test_verification_page_lists_the_competencies_in_the_visitors_language(
    client, competent_certificate, items
):
    code = competent_certificate.formatted_code
    french = client.get(f"/verify/{code}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert escape(items["A1"].title_fr) in french
    assert "niveau Pratiquer" in french
    assert "Aucune compétence détaillée" not in french
    english = client.get(f"/en/verify/{code}/").content.decode()
    assert escape(items["A1"].title_en) in english
    assert "Practise" in english and "Pratiquer" not in english


def test_json_lists_the_competencies_and_follows_the_schema(client, competent_certificate, items):
    data = client.get(f"/verify/{competent_certificate.formatted_code}.json").json()
    jsonschema.validate(data, SCHEMA)
    listed = data["certificate"]["achievement"]["competencies"]
    assert listed == competent_certificate.competencies
    assert listed[0]["case_uri"] == f"urn:uuid:{items['A1'].uuid}"
    assert listed[0]["level_en"] == "Practise"


def test_digital_bazaar_accepts_a_credential_with_alignments(
    competent_certificate, client, tmp_path
):
    genuine = json.loads(competent_certificate.credential_json)
    assert len(genuine["credentialSubject"]["achievement"]["alignment"]) == 8
    raised = copy.deepcopy(genuine)
    raised["credentialSubject"]["achievement"]["alignment"][0]["targetDescription"] = (
        "Niveau atteint : Transmettre"
    )
    added = copy.deepcopy(genuine)
    added["credentialSubject"]["achievement"]["alignment"].append(
        dict(genuine["credentialSubject"]["achievement"]["alignment"][0], targetCode="Z9")
    )
    results = node_verify(client, [genuine, raised, added], tmp_path)
    assert results[0]["verified"], results[0]
    assert [r["verified"] for r in results[1:]] == [False, False]
