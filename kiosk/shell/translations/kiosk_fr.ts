<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../lockscreen.py" line="56"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="64"/>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="73"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="73"/>
        <source>Erase the last symbol</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="75"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="75"/>
        <source>Open my session</source>
        <translation>Ouvrir ma session</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="123"/>
        <source>Open today: %1</source>
        <translation>Ouvert aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="124"/>
        <source>Closed today</source>
        <translation>Fermé aujourd’hui</translation>
    </message>
</context>
</TS>
