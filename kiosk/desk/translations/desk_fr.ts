<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../window.py" line="412"/>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <location filename="../window.py" line="428"/>
        <source>%1 computer(s) free</source>
        <translation>%1 ordinateur(s) libre(s)</translation>
    </message>
    <message>
        <location filename="../window.py" line="430"/>
        <source>All computers are busy — the next one frees up at about %1</source>
        <translation>Tous les ordinateurs sont occupés — le prochain se libère vers %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="434"/>
        <source>No computer is free.</source>
        <translation>Aucun ordinateur n&apos;est libre.</translation>
    </message>
    <message>
        <location filename="../window.py" line="437"/>
        <source>Many wrong codes lately (%1), last at %2.</source>
        <translation>Beaucoup de codes erronés ces derniers temps (%1), le dernier sur %2.</translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../window.py" line="210"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../window.py" line="212"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../window.py" line="213"/>
        <source>Issue a code of %1 minutes</source>
        <translation>Créer un code de %1 minutes</translation>
    </message>
    <message>
        <location filename="../window.py" line="215"/>
        <source>How many &amp;codes:</source>
        <translation>Nombre de &amp;codes :</translation>
    </message>
    <message>
        <location filename="../window.py" line="216"/>
        <source>&amp;Printing (pages):</source>
        <translation>&amp;Impressions (pages) :</translation>
    </message>
    <message>
        <location filename="../window.py" line="217"/>
        <source>&amp;Scanning (pages):</source>
        <translation>&amp;Scans (pages) :</translation>
    </message>
    <message>
        <location filename="../window.py" line="218"/>
        <source>Print the slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <location filename="../window.py" line="219"/>
        <source>What is left on a code?</source>
        <translation>Que reste-t-il sur un code ?</translation>
    </message>
    <message>
        <location filename="../window.py" line="221"/>
        <source>Code to look up</source>
        <translation>Code à vérifier</translation>
    </message>
    <message>
        <location filename="../window.py" line="222"/>
        <source>Look up</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../window.py" line="245"/>
        <source>%1 min · printing %2 pages · scanning %3 pages · valid until %4</source>
        <translation>%1 min · impressions %2 pages · scans %3 pages · valable jusqu&apos;à %4</translation>
    </message>
    <message>
        <location filename="../window.py" line="252"/>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="252"/>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../window.py" line="256"/>
        <source>%1: %2 min left, %3 pages to print, %4 to scan, valid until %5</source>
        <translation>%1 : reste %2 min, %3 pages à imprimer, %4 à scanner, valable jusqu&apos;à %5</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../window.py" line="87"/>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <location filename="../window.py" line="513"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../window.py" line="514"/>
        <source>Person not received</source>
        <translation>Personne non reçue</translation>
    </message>
    <message>
        <location filename="../window.py" line="515"/>
        <source>Person not received: count one person turned away</source>
        <translation>Personne non reçue : compter une personne qui n&apos;a pas pu être reçue</translation>
    </message>
    <message>
        <location filename="../window.py" line="517"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../window.py" line="518"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>Today&apos;s codes</source>
        <translation>Codes du jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="552"/>
        <source>Wrong login or password, or account disabled.</source>
        <translation>Identifiant ou mot de passe incorrect, ou compte désactivé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="554"/>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop d&apos;essais. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="557"/>
        <source>The server does not answer. Check the network, then try again.</source>
        <translation>Le serveur ne répond pas. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="573"/>
        <source>You are logged out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <location filename="../window.py" line="580"/>
        <source>Your log-in has expired or your account was disabled. Log in again.</source>
        <translation>Votre connexion a expiré ou votre compte a été désactivé. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../window.py" line="593"/>
        <source>The server does not answer: %1. The desk tries again by itself every few seconds.</source>
        <translation>Le serveur ne répond pas : %1. La console réessaie toute seule toutes les quelques secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="622"/>
        <source>the board is not up to date</source>
        <translation>le tableau n&apos;est pas à jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="629"/>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <location filename="../window.py" line="630"/>
        <source>End the session on %1 now? Everything on it will be erased.</source>
        <translation>Terminer maintenant la session sur %1 ? Tout ce qui s&apos;y trouve sera effacé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="638"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../window.py" line="639"/>
        <source>Message for the person on %1:</source>
        <translation>Message pour la personne sur %1 :</translation>
    </message>
    <message>
        <location filename="../window.py" line="646"/>
        <source>Sent: the computer receives it within 10 seconds.</source>
        <translation>Envoyé : l&apos;ordinateur le reçoit dans les 10 secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="650"/>
        <source>the command was not sent</source>
        <translation>la commande n&apos;est pas partie</translation>
    </message>
    <message>
        <location filename="../window.py" line="651"/>
        <source>The command was refused.</source>
        <translation>La commande a été refusée.</translation>
    </message>
    <message>
        <location filename="../window.py" line="667"/>
        <source>no code was made</source>
        <translation>aucun code n&apos;a été créé</translation>
    </message>
    <message>
        <location filename="../window.py" line="668"/>
        <source>The store refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="694"/>
        <source>The slip went to the printer %1.</source>
        <translation>Le ticket est parti à l&apos;imprimante %1.</translation>
    </message>
    <message>
        <location filename="../window.py" line="699"/>
        <source>The slip could not be printed (%1): read the code on screen to the person.</source>
        <translation>Le ticket n&apos;a pas pu être imprimé (%1) : lisez le code à l&apos;écran à la personne.</translation>
    </message>
    <message>
        <location filename="../window.py" line="707"/>
        <source>the codes are not up to date</source>
        <translation>les codes ne sont pas à jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="717"/>
        <source>15 minutes added to the code.</source>
        <translation>15 minutes ajoutées au code.</translation>
    </message>
    <message>
        <location filename="../window.py" line="720"/>
        <source>Cancel the code</source>
        <translation>Annuler le code</translation>
    </message>
    <message>
        <location filename="../window.py" line="721"/>
        <source>Cancel this code? It will not open a session any more.</source>
        <translation>Annuler ce code ? Il n&apos;ouvrira plus de session.</translation>
    </message>
    <message>
        <location filename="../window.py" line="724"/>
        <source>The code is cancelled.</source>
        <translation>Le code est annulé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="733"/>
        <source>the code was not changed</source>
        <translation>le code n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../window.py" line="734"/>
        <source>The store refused to change this code.</source>
        <translation>Le serveur a refusé de modifier ce code.</translation>
    </message>
    <message>
        <location filename="../window.py" line="741"/>
        <source>This code does not exist here.</source>
        <translation>Ce code n&apos;existe pas ici.</translation>
    </message>
    <message>
        <location filename="../window.py" line="742"/>
        <source>the code was not looked up</source>
        <translation>le code n&apos;a pas été vérifié</translation>
    </message>
    <message>
        <location filename="../window.py" line="743"/>
        <source>The code could not be looked up.</source>
        <translation>Le code n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../window.py" line="752"/>
        <source>Counted: one person not received.</source>
        <translation>Compté : une personne non reçue.</translation>
    </message>
    <message>
        <location filename="../window.py" line="755"/>
        <source>the person was not counted, click again</source>
        <translation>la personne n&apos;a pas été comptée, cliquez à nouveau</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../window.py" line="126"/>
        <source>Reception desk — log in</source>
        <translation>Accueil — connexion</translation>
    </message>
    <message>
        <location filename="../window.py" line="127"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../window.py" line="128"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../window.py" line="129"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../window.py" line="134"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../slips.py" line="45"/>
        <source>Valid all day today</source>
        <translation>Valable toute la journée</translation>
    </message>
    <message>
        <location filename="../slips.py" line="48"/>
        <source>Valid today until %1</source>
        <translation>Valable aujourd&apos;hui jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../slips.py" line="49"/>
        <source>Valid until %1, %2</source>
        <translation>Valable jusqu&apos;au %1, %2</translation>
    </message>
    <message>
        <location filename="../slips.py" line="55"/>
        <source>Printing: %1 pages · Scanning: %2 pages</source>
        <translation>Impressions : %1 pages · Scans : %2 pages</translation>
    </message>
    <message>
        <location filename="../slips.py" line="58"/>
        <source>Time: %1 min</source>
        <translation>Durée : %1 min</translation>
    </message>
    <message>
        <location filename="../slips.py" line="62"/>
        <source>1. Sit at a free computer.</source>
        <translation>1. Installez-vous à un ordinateur libre.</translation>
    </message>
    <message>
        <location filename="../slips.py" line="63"/>
        <source>2. Type this code on the screen, then OK.</source>
        <translation>2. Tapez ce code sur l&apos;écran, puis Valider.</translation>
    </message>
    <message>
        <location filename="../slips.py" line="64"/>
        <source>3. At the end, press “End my session”.</source>
        <translation>3. À la fin, appuyez sur « Terminer ma session ».</translation>
    </message>
    <message>
        <location filename="../slips.py" line="91"/>
        <source>Your access code</source>
        <translation>Votre code d&apos;accès</translation>
    </message>
    <message>
        <location filename="../slips.py" line="117"/>
        <source>Access codes</source>
        <translation>Codes d&apos;accès</translation>
    </message>
</context>
<context>
    <name>StationTile</name>
    <message>
        <location filename="../window.py" line="352"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location filename="../window.py" line="353"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../window.py" line="354"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../window.py" line="373"/>
        <source>In use — %1 min left (until %2)</source>
        <translation>En cours — reste %1 min (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <location filename="../window.py" line="376"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../window.py" line="376"/>
        <source>In use</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../window.py" line="377"/>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <location filename="../window.py" line="378"/>
        <source>Out of order</source>
        <translation>Hors service</translation>
    </message>
</context>
<context>
    <name>TodayCodes</name>
    <message>
        <location filename="../window.py" line="298"/>
        <source>Issued</source>
        <translation>Créé à</translation>
    </message>
    <message>
        <location filename="../window.py" line="298"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../window.py" line="298"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../window.py" line="298"/>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location filename="../window.py" line="299"/>
        <source>Scanning</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../window.py" line="299"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../window.py" line="300"/>
        <source>Codes issued today</source>
        <translation>Codes créés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../window.py" line="301"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../window.py" line="302"/>
        <source>+15 min on this code</source>
        <translation>+15 min sur ce code</translation>
    </message>
    <message>
        <location filename="../window.py" line="303"/>
        <source>Cancel this code</source>
        <translation>Annuler ce code</translation>
    </message>
    <message>
        <location filename="../window.py" line="323"/>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="323"/>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../window.py" line="324"/>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="324"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../window.py" line="325"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../window.py" line="329"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
</TS>
