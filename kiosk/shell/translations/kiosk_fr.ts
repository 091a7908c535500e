<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="33"/>
        <source>This site is not available on this computer</source>
        <translation>Ce site n’est pas disponible sur ce poste</translation>
    </message>
    <message>
        <location filename="../browser.py" line="35"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>Pour votre sécurité, ce poste n’ouvre que les sites des services de l’écran d’accueil. Demandez à l’accueil si vous avez besoin d’un autre site.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="37"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../browser.py" line="38"/>
        <source>Go back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="103"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../browser.py" line="103"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../browser.py" line="104"/>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="104"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../browser.py" line="105"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../browser.py" line="105"/>
        <source>Back to the list of services</source>
        <translation>Retour à la liste des services</translation>
    </message>
    <message>
        <location filename="../browser.py" line="107"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="107"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../browser.py" line="108"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="108"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../browser.py" line="109"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../browser.py" line="109"/>
        <source>Load the page again</source>
        <translation>Charger la page à nouveau</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="34"/>
        <source>Enter your access code</source>
        <translation>Entrez votre code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="38"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>Le code est sur le ticket remis par l’accueil. Demandez à l’accueil si vous avez besoin d’aide.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="62"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="70"/>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="79"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="79"/>
        <source>Erase the last symbol</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="81"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="81"/>
        <source>Open my session</source>
        <translation>Ouvrir ma session</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="129"/>
        <source>Open today: %1</source>
        <translation>Ouvert aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="130"/>
        <source>Closed today</source>
        <translation>Fermé aujourd’hui</translation>
    </message>
</context>
</TS>
