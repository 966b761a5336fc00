import pytest
from django.core.exceptions import ValidationError

from courses.blocks import CalloutBlock, QuestionBlock
from courses.models import CoursePage, LessonPage, ModulePage, QuizPage, quiz_grade

from .factories import quiz_of, right_answers


def _question(kind, corrects):
    return {
        "kind": kind,
        "text": "Question ?",
        "explanation": "",
        "choices": [
            {"text": f"Réponse {i}", "correct": correct, "feedback": ""}
            for i, correct in enumerate(corrects)
        ],
    }


@pytest.mark.parametrize(
    ("kind", "corrects", "valid"),
    [
        ("single", [True, False], True),
        ("single", [True, True], False),
        ("single", [False, False], False),
        ("multiple", [True, True, False], True),
        ("multiple", [False, False], False),
        ("true_false", [True, False], True),
        ("true_false", [True, False, False], False),
    ],
)
def test_question_block_checks_its_correct_answers(kind, corrects, valid):
    block = QuestionBlock()
    value = block.to_python(_question(kind, corrects))
    if valid:
        block.clean(value)
    else:
        with pytest.raises(ValidationError):
            block.clean(value)


def test_a_key_figure_callout_needs_its_source():
    block = CalloutBlock()
    value = block.to_python({"kind": "key_figure", "title": "78 %", "text": "Fabrication."})
    with pytest.raises(ValidationError):
        block.clean(value)
    block.clean(block.to_python({"kind": "tip", "title": "Astuce", "text": "Réparer."}))


def test_page_tree_rules(db):
    assert CoursePage.can_create_at(ModulePage()) is False
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert set(ModulePage.allowed_subpage_models()) == {LessonPage, QuizPage}


def test_quiz_questions_have_stable_ids_and_grade(course):
    quiz = quiz_of(course)
    questions = quiz.question_list()
    assert len({q["id"] for q in questions}) == 4
    assert all(choice["id"] for q in questions for choice in q["choices"])
    assert questions == quiz_of(course).question_list()  # ids survive a reload
    score, results = quiz_grade(questions=questions, answers=right_answers(quiz))
    assert score == 100
    assert all(result["is_correct"] for result in results)


def test_grading_a_multiple_choice_needs_the_exact_set(course):
    quiz = quiz_of(course)
    questions = quiz.question_list()
    answers = right_answers(quiz)
    multiple = next(q for q in questions if q["kind"] == "multiple")
    answers[multiple["id"]] = answers[multiple["id"]][:1]  # one of the two right answers
    score, results = quiz_grade(questions=questions, answers=answers)
    assert score == 75
    assert [r["is_correct"] for r in results if r["kind"] == "multiple"] == [False]


def test_course_objective_list(course):
    assert course.objective_list == ["Comprendre", "Agir"]
