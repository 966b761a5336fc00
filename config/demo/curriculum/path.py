"""Demo learning path and home page texts.

`PATH` describes the learning path "Référent·e numérique responsable dans une structure de
l'ESS"; `HOME` holds the texts of the site's home page (see config/services.py). French is the
source text; English is a faithful translation.
"""

PATH = {
    "slug": "referent-numerique-responsable-ess",
    "title": {
        "fr": "Référent·e numérique responsable dans une structure de l'ESS",
        "en": "Responsible digital lead in a social and solidarity economy organisation",
    },
    "summary": {
        "fr": (
            "Un parcours en cinq cours pour devenir la personne ressource du numérique "
            "responsable dans une association, une coopérative ou une entreprise sociale : "
            "impacts, réemploi, écoconception, accessibilité et outils libres."
        ),
        "en": (
            "A five-course path to become the go-to person for responsible digital in an "
            "association, a cooperative or a social enterprise: impacts, reuse, ecodesign, "
            "accessibility and free tools."
        ),
    },
    "intro": {
        "fr": (
            "<p>Dans beaucoup de structures de l'ESS, le numérique s'est installé sans "
            "stratégie : des ordinateurs renouvelés au gré des subventions, des outils gratuits "
            "adoptés dans l'urgence, des sites web peu accessibles. La personne <b>référente "
            "numérique responsable</b> aide sa structure à reprendre la main : elle fait l'état "
            "des lieux, propose des priorités, accompagne les équipes et relie les choix "
            "techniques au projet de la structure.</p>"
            "<p>Le parcours couvre les cinq dimensions du rôle :</p>"
            "<ul>"
            "<li>comprendre les impacts environnementaux et sociaux du numérique ;</li>"
            "<li>prolonger la vie des équipements grâce au réemploi et à la réparation ;</li>"
            "<li>concevoir ou commander des services sobres et écoconçus ;</li>"
            "<li>rendre les services numériques accessibles et inclusifs ;</li>"
            "<li>choisir des outils libres et éthiques et protéger les données.</li>"
            "</ul>"
            "<p>Les cinq cours peuvent être suivis dans l'ordre proposé ou selon vos priorités. "
            "Chacun est découpé en modules courts, avec des exemples tirés de structures de "
            "l'ESS, des conseils pratiques et des quiz pour vérifier vos acquis, à votre "
            "rythme.</p>"
        ),
        "en": (
            "<p>In many social and solidarity economy organisations, digital technology has "
            "crept in without a strategy: computers replaced whenever a grant came in, free "
            "tools adopted in a hurry, websites that are hard to access. The <b>responsible "
            "digital lead</b> helps their organisation take back control: they assess the "
            "current situation, propose priorities, support the teams and connect technical "
            "choices to the organisation's mission.</p>"
            "<p>The path covers the five dimensions of the role:</p>"
            "<ul>"
            "<li>understanding the environmental and social impacts of digital technology;</li>"
            "<li>extending the life of equipment through reuse and repair;</li>"
            "<li>designing or commissioning sober, eco-designed services;</li>"
            "<li>making digital services accessible and inclusive;</li>"
            "<li>choosing free and ethical tools and protecting data.</li>"
            "</ul>"
            "<p>The five courses can be taken in the suggested order or according to your "
            "priorities. Each one is divided into short modules, with examples drawn from social "
            "and solidarity economy organisations, practical tips and quizzes to check what you "
            "have learnt, at your own pace.</p>"
        ),
    },
    "audience": {
        "fr": (
            "Salarié·es, bénévoles, dirigeant·es et personnes en reconversion qui souhaitent "
            "porter une démarche de numérique responsable dans une association, une coopérative, "
            "une mutuelle ou une entreprise sociale. Aucun prérequis technique n'est demandé."
        ),
        "en": (
            "Staff, volunteers, leaders and career changers who want to lead a responsible "
            "digital approach in an association, a cooperative, a mutual or a social enterprise. "
            "No technical background is required."
        ),
    },
    "outcome": {
        "fr": (
            "À la fin du parcours, vous savez dresser l'état des lieux du numérique de votre "
            "structure, en expliquer les impacts, proposer un plan d'action priorisé (réemploi, "
            "sobriété, accessibilité, outils libres, protection des données) et accompagner vos "
            "collègues dans sa mise en œuvre."
        ),
        "en": (
            "By the end of the path, you can assess your organisation's digital situation, "
            "explain its impacts, propose a prioritised action plan (reuse, sobriety, "
            "accessibility, free tools, data protection) and support your colleagues in putting "
            "it into practice."
        ),
    },
    "courses": [
        "impacts-du-numerique",
        "reemploi-reparation",
        "services-sobres-ecoconcus",
        "services-accessibles-inclusifs",
        "outils-libres-ethiques",
    ],
}

HOME = {
    "title": {
        "fr": "Tremplin, le numérique responsable au service de l'ESS",
        "en": "Tremplin, responsible digital for the social and solidarity economy",
    },
    "hero": {
        "fr": (
            "Des parcours ouverts pour se former aux métiers du numérique responsable et les "
            "mettre au service de l'économie sociale et solidaire."
        ),
        "en": (
            "Open learning paths to train for responsible-digital jobs and put them to work for "
            "the social and solidarity economy."
        ),
    },
    "intro": {
        "fr": (
            "<p><b>Tremplin</b> est une plateforme d'apprentissage libre qui accompagne les "
            "actrices et acteurs de l'économie sociale et solidaire vers les métiers du "
            "numérique responsable. Ses parcours, courts et concrets, partent des situations "
            "vécues dans les associations, les coopératives et les entreprises sociales.</p>"
            "<p>Au-delà des cours, Tremplin propose un <b>glossaire</b> pour partager un "
            "vocabulaire commun et une <b>banque d'outils</b> responsables et de ressources sur "
            "le réemploi. La plateforme elle-même est pensée pour être accessible et sobre : "
            "des pages légères, lisibles par toutes et tous, y compris avec des technologies "
            "d'assistance.</p>"
        ),
        "en": (
            "<p><b>Tremplin</b> is a free and open learning platform that helps people in the "
            "social and solidarity economy move towards responsible-digital jobs. Its short, "
            "practical paths start from real situations in associations, cooperatives and "
            "social enterprises.</p>"
            "<p>Beyond the courses, Tremplin offers a <b>glossary</b> to share a common "
            "vocabulary and a <b>bank of responsible tools</b> and reuse resources. The platform "
            "itself is designed to be accessible and sober: lightweight pages that everyone can "
            "read, including with assistive technologies.</p>"
        ),
    },
    "audiences": [
        {
            "title": {
                "fr": "Personnes en reconversion et apprenant·es",
                "en": "Career changers and learners",
            },
            "text": {
                "fr": (
                    "Découvrez les métiers du numérique responsable, suivez un parcours complet à "
                    "votre rythme et faites valoir vos acquis auprès de futurs employeurs."
                ),
                "en": (
                    "Discover responsible-digital jobs, follow a complete path at your own pace "
                    "and showcase what you have learnt to future employers."
                ),
            },
        },
        {
            "title": {"fr": "Formateur·rices", "en": "Trainers"},
            "text": {
                "fr": (
                    "Réutilisez et adaptez librement les contenus, publiés sous licence CC BY-SA, "
                    "pour animer vos propres sessions de formation."
                ),
                "en": (
                    "Freely reuse and adapt the content, published under a CC BY-SA licence, to "
                    "run your own training sessions."
                ),
            },
        },
        {
            "title": {
                "fr": "Structures d'accompagnement",
                "en": "Support organisations",
            },
            "text": {
                "fr": (
                    "Incubateurs, organismes de formation, réseaux de l'ESS : appuyez-vous sur "
                    "les parcours pour outiller les porteurs de projet et les structures que vous "
                    "accompagnez."
                ),
                "en": (
                    "Incubators, training organisations, social and solidarity economy networks: "
                    "build on the paths to equip the project leaders and organisations you "
                    "support."
                ),
            },
        },
        {
            "title": {"fr": "Employeurs", "en": "Employers"},
            "text": {
                "fr": (
                    "Formez vos équipes, repérez les compétences clés du numérique responsable et "
                    "préparez l'arrivée de vos futur·es référent·es."
                ),
                "en": (
                    "Train your teams, identify the key responsible-digital skills and prepare "
                    "for the arrival of your future responsible digital leads."
                ),
            },
        },
    ],
}
