<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../window.py" line="492"/>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <location filename="../window.py" line="527"/>
        <source>%1 computer(s) free</source>
        <translation>%1 ordinateur(s) libre(s)</translation>
    </message>
    <message>
        <location filename="../window.py" line="529"/>
        <source>All computers are busy — the next one frees up at about %1</source>
        <translation>Tout est occupé — prochain ordinateur libre vers %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="533"/>
        <source>No computer is free.</source>
        <translation>Aucun ordinateur n&apos;est libre.</translation>
    </message>
    <message>
        <location filename="../window.py" line="536"/>
        <source>Many wrong codes lately (%1), last at %2.</source>
        <translation>Beaucoup de codes erronés ces derniers temps (%1), le dernier sur %2.</translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../window.py" line="253"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../window.py" line="249"/>
        <source>Issue a code of %1 minutes</source>
        <translation>Créer un code de %1 minutes</translation>
    </message>
    <message>
        <location filename="../window.py" line="255"/>
        <source>How many &amp;codes:</source>
        <translation>Nombre de &amp;codes :</translation>
    </message>
    <message>
        <location filename="../window.py" line="256"/>
        <source>&amp;Printing (pages):</source>
        <translation>&amp;Impressions (pages) :</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>&amp;Scanning (pages):</source>
        <translation>&amp;Scans (pages) :</translation>
    </message>
    <message>
        <location filename="../window.py" line="258"/>
        <source>Print the slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <location filename="../window.py" line="259"/>
        <source>What is left on a code?</source>
        <translation>Que reste-t-il sur un code ?</translation>
    </message>
    <message>
        <location filename="../window.py" line="261"/>
        <source>Code to look up</source>
        <translation>Code à vérifier</translation>
    </message>
    <message>
        <location filename="../window.py" line="262"/>
        <source>Look up</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../window.py" line="285"/>
        <source>%1 min · printing %2 pages · scanning %3 pages · valid until %4</source>
        <translation>%1 min · impressions %2 pages · scans %3 pages · valable jusqu&apos;à %4</translation>
    </message>
    <message>
        <location filename="../window.py" line="107"/>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="108"/>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../window.py" line="109"/>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <location filename="../window.py" line="110"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../window.py" line="111"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../window.py" line="293"/>
        <source>%1: %2 min left, %3 pages to print, %4 to scan, valid until %5</source>
        <translation>%1 : reste %2 min, %3 pages à imprimer, %4 à scanner, valable jusqu&apos;à %5</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../window.py" line="101"/>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <location filename="../window.py" line="636"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../window.py" line="637"/>
        <source>Person not received</source>
        <translation>Personne non reçue</translation>
    </message>
    <message>
        <location filename="../window.py" line="638"/>
        <source>Person not received: count one person turned away</source>
        <translation>Personne non reçue : compter une personne qui n&apos;a pas pu être reçue</translation>
    </message>
    <message>
        <location filename="../window.py" line="640"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../window.py" line="641"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../window.py" line="642"/>
        <source>Today&apos;s codes</source>
        <translation>Codes du jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="643"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../window.py" line="695"/>
        <source>Wrong login or password, or account disabled.</source>
        <translation>Identifiant ou mot de passe incorrect, ou compte désactivé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="697"/>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop d&apos;essais. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="700"/>
        <source>The server does not answer. Check the network, then try again.</source>
        <translation>Le serveur ne répond pas. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="716"/>
        <source>You are logged out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <location filename="../window.py" line="723"/>
        <source>Your log-in has expired or your account was disabled. Log in again.</source>
        <translation>Votre connexion a expiré ou votre compte a été désactivé. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../window.py" line="736"/>
        <source>The server does not answer: %1. The desk tries again by itself every few seconds.</source>
        <translation>Le serveur ne répond pas : %1. La console réessaie toute seule toutes les quelques secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="813"/>
        <source>the next ticket was not called</source>
        <translation>le ticket suivant n&apos;a pas été appelé</translation>
    </message>
    <message>
        <location filename="../window.py" line="827"/>
        <source>no ticket was given</source>
        <translation>aucun ticket n&apos;a été donné</translation>
    </message>
    <message>
        <location filename="../window.py" line="866"/>
        <source>the ticket was not updated</source>
        <translation>le ticket n&apos;a pas été mis à jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="873"/>
        <source>the board is not up to date</source>
        <translation>le tableau n&apos;est pas à jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="880"/>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <location filename="../window.py" line="881"/>
        <source>End the session on %1 now? Everything on it will be erased.</source>
        <translation>Terminer maintenant la session sur %1 ? Tout ce qui s&apos;y trouve sera effacé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="889"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../window.py" line="890"/>
        <source>Message for the person on %1:</source>
        <translation>Message pour la personne sur %1 :</translation>
    </message>
    <message>
        <location filename="../window.py" line="898"/>
        <source>%1 is out of order.</source>
        <translation>%1 est hors service.</translation>
    </message>
    <message>
        <location filename="../window.py" line="899"/>
        <source>%1 is back in order.</source>
        <translation>%1 est remis en service.</translation>
    </message>
    <message>
        <location filename="../window.py" line="904"/>
        <source>the computer was not changed</source>
        <translation>l&apos;ordinateur n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../window.py" line="922"/>
        <source>Answer sent: the guest sees it within 10 seconds.</source>
        <translation>Réponse envoyée : la personne la voit dans les 10 secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="930"/>
        <source>Someone has already answered this request.</source>
        <translation>Quelqu&apos;un a déjà répondu à cette demande.</translation>
    </message>
    <message>
        <location filename="../window.py" line="932"/>
        <source>the answer was not sent</source>
        <translation>la réponse n&apos;est pas partie</translation>
    </message>
    <message>
        <location filename="../window.py" line="933"/>
        <source>The answer was refused.</source>
        <translation>La réponse a été refusée.</translation>
    </message>
    <message>
        <location filename="../window.py" line="942"/>
        <source>Sent: the computer receives it within 10 seconds.</source>
        <translation>Envoyé : l&apos;ordinateur le reçoit dans les 10 secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="946"/>
        <source>the command was not sent</source>
        <translation>la commande n&apos;est pas partie</translation>
    </message>
    <message>
        <location filename="../window.py" line="947"/>
        <source>The command was refused.</source>
        <translation>La commande a été refusée.</translation>
    </message>
    <message>
        <location filename="../window.py" line="967"/>
        <source>no code was made</source>
        <translation>aucun code n&apos;a été créé</translation>
    </message>
    <message>
        <location filename="../window.py" line="968"/>
        <source>The store refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="994"/>
        <source>The slip went to the printer %1.</source>
        <translation>Le ticket est parti à l&apos;imprimante %1.</translation>
    </message>
    <message>
        <location filename="../window.py" line="999"/>
        <source>The slip could not be printed (%1): read the code on screen to the person.</source>
        <translation>Le ticket n&apos;a pas pu être imprimé (%1) : lisez le code à l&apos;écran à la personne.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1025"/>
        <source>The print server does not answer (%1). The desk tries again by itself.</source>
        <translation>Le serveur d&apos;impression ne répond pas (%1). La console réessaie toute seule.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1027"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../window.py" line="1044"/>
        <source>Done on %1.</source>
        <translation>C&apos;est fait sur %1.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1055"/>
        <source>The print server refused or does not answer: nothing was changed on %1.</source>
        <translation>Le serveur d&apos;impression a refusé ou ne répond pas : rien n&apos;a changé sur %1.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1063"/>
        <source>the codes are not up to date</source>
        <translation>les codes ne sont pas à jour</translation>
    </message>
    <message>
        <location filename="../window.py" line="1073"/>
        <source>15 minutes added to the code.</source>
        <translation>15 minutes ajoutées au code.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1076"/>
        <source>Cancel the code</source>
        <translation>Annuler le code</translation>
    </message>
    <message>
        <location filename="../window.py" line="1077"/>
        <source>Cancel this code? It will not open a session any more.</source>
        <translation>Annuler ce code ? Il n&apos;ouvrira plus de session.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1080"/>
        <source>The code is cancelled.</source>
        <translation>Le code est annulé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1089"/>
        <source>the code was not changed</source>
        <translation>le code n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../window.py" line="1090"/>
        <source>The store refused to change this code.</source>
        <translation>Le serveur a refusé de modifier ce code.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1097"/>
        <source>This code does not exist here.</source>
        <translation>Ce code n&apos;existe pas ici.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1098"/>
        <source>the code was not looked up</source>
        <translation>le code n&apos;a pas été vérifié</translation>
    </message>
    <message>
        <location filename="../window.py" line="1099"/>
        <source>The code could not be looked up.</source>
        <translation>Le code n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../window.py" line="861"/>
        <location filename="../window.py" line="1108"/>
        <source>Counted: one person not received.</source>
        <translation>Compté : une personne non reçue.</translation>
    </message>
    <message>
        <location filename="../window.py" line="1111"/>
        <source>the person was not counted, click again</source>
        <translation>la personne n&apos;a pas été comptée, cliquez à nouveau</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../window.py" line="150"/>
        <source>Reception desk — log in</source>
        <translation>Accueil — connexion</translation>
    </message>
    <message>
        <location filename="../window.py" line="151"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../window.py" line="152"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../window.py" line="153"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../window.py" line="158"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../printers.py" line="92"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../printers.py" line="93"/>
        <source>Resume the printer</source>
        <translation>Reprendre l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../printers.py" line="94"/>
        <source>Accept jobs again</source>
        <translation>Accepter les travaux</translation>
    </message>
    <message>
        <location filename="../printers.py" line="95"/>
        <source>Test page</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../printers.py" line="96"/>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../printers.py" line="97"/>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../printers.py" line="97"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../printers.py" line="98"/>
        <source>Waiting since</source>
        <translation>Attend depuis</translation>
    </message>
    <message>
        <location filename="../printers.py" line="98"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../printers.py" line="99"/>
        <source>Jobs waiting</source>
        <translation>Travaux en attente</translation>
    </message>
    <message>
        <location filename="../printers.py" line="100"/>
        <source>Cancel this job</source>
        <translation>Annuler ce travail</translation>
    </message>
    <message>
        <location filename="../printers.py" line="101"/>
        <source>Hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../printers.py" line="102"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../printers.py" line="127"/>
        <source>No printer found on the print server.</source>
        <translation>Aucune imprimante sur le serveur d&apos;impression.</translation>
    </message>
    <message>
        <location filename="../printers.py" line="139"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../printers.py" line="143"/>
        <source>held</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../printers.py" line="143"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <location filename="../window.py" line="442"/>
        <source>%1 asks for help (%2)</source>
        <translation>%1 demande de l&apos;aide (%2)</translation>
    </message>
    <message>
        <location filename="../window.py" line="443"/>
        <source>%1 asks for more time (%2)</source>
        <translation>%1 demande plus de temps (%2)</translation>
    </message>
    <message>
        <location filename="../window.py" line="448"/>
        <source>I am coming</source>
        <translation>J&apos;arrive</translation>
    </message>
    <message>
        <location filename="../window.py" line="450"/>
        <source>Granted (+15 min)</source>
        <translation>Accordé (+15 min)</translation>
    </message>
    <message>
        <location filename="../window.py" line="451"/>
        <source>Refused</source>
        <translation>Refusé</translation>
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
        <location filename="../slips.py" line="129"/>
        <source>Access codes</source>
        <translation>Codes d&apos;accès</translation>
    </message>
    <message>
        <location filename="../slips.py" line="156"/>
        <source>Waiting: about %1 min</source>
        <translation>Attente : environ %1 min</translation>
    </message>
    <message>
        <location filename="../slips.py" line="158"/>
        <source>Your ticket</source>
        <translation>Votre ticket</translation>
    </message>
    <message>
        <location filename="../slips.py" line="160"/>
        <source>Your number will show on the screen with a computer.</source>
        <translation>Votre numéro s&apos;affichera sur l&apos;écran avec un ordinateur.</translation>
    </message>
</context>
<context>
    <name>StationTile</name>
    <message>
        <location filename="../window.py" line="386"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location filename="../window.py" line="387"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../window.py" line="388"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../window.py" line="389"/>
        <source>Mark out of order</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>Back in order</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <location filename="../window.py" line="411"/>
        <source>In use — %1 min left (until %2)</source>
        <translation>En cours — reste %1 min (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <location filename="../window.py" line="414"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../window.py" line="414"/>
        <source>In use</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../window.py" line="415"/>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <location filename="../window.py" line="416"/>
        <source>Out of order</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../window.py" line="419"/>
        <source>Not on the new list of sites yet</source>
        <translation>Pas encore sur la nouvelle liste des sites</translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <location filename="../waiting.py" line="30"/>
        <source>Give the code</source>
        <translation>Donner le code</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="32"/>
        <source>Person gone</source>
        <translation>Personne partie</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="45"/>
        <source>Ticket %1 → %2</source>
        <translation>Ticket %1 → %2</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="49"/>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="50"/>
        <source>wait unknown</source>
        <translation>attente inconnue</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="51"/>
        <source>Ticket %1 — waiting, %2</source>
        <translation>Ticket %1 — en attente, %2</translation>
    </message>
</context>
<context>
    <name>TodayCodes</name>
    <message>
        <location filename="../window.py" line="335"/>
        <source>Issued</source>
        <translation>Créé à</translation>
    </message>
    <message>
        <location filename="../window.py" line="335"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../window.py" line="335"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../window.py" line="335"/>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location filename="../window.py" line="336"/>
        <source>Scanning</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../window.py" line="336"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../window.py" line="337"/>
        <source>Codes issued today</source>
        <translation>Codes créés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../window.py" line="338"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../window.py" line="339"/>
        <source>+15 min on this code</source>
        <translation>+15 min sur ce code</translation>
    </message>
    <message>
        <location filename="../window.py" line="340"/>
        <source>Cancel this code</source>
        <translation>Annuler ce code</translation>
    </message>
    <message>
        <location filename="../window.py" line="363"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>WaitingLinePanel</name>
    <message>
        <location filename="../waiting.py" line="65"/>
        <source>Waiting line</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="66"/>
        <source>Give a ticket</source>
        <translation>Donner un ticket</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="67"/>
        <source>Give a ticket: every computer is busy</source>
        <translation>Donner un ticket : tous les ordinateurs sont occupés</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="108"/>
        <source>Ticket %1 → %2 (kept %3 min more)</source>
        <translation>Ticket %1 → %2 (gardé encore %3 min)</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="115"/>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="116"/>
        <source>wait unknown</source>
        <translation>attente inconnue</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="117"/>
        <source>Ticket %1 given: %2.</source>
        <translation>Ticket %1 donné : %2.</translation>
    </message>
</context>
<context>
    <name>WaitingRoomDisplay</name>
    <message>
        <location filename="../waiting.py" line="145"/>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="153"/>
        <source>Ticket called</source>
        <translation>Ticket appelé</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="154"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="157"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="161"/>
        <source>Computers free: %1</source>
        <translation>Ordinateurs libres : %1</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="163"/>
        <source>Next ticket (%1): about %2 min</source>
        <translation>Prochain ticket (%1) : environ %2 min</translation>
    </message>
    <message>
        <location filename="../waiting.py" line="166"/>
        <source>Next ticket: %1</source>
        <translation>Prochain ticket : %1</translation>
    </message>
</context>
</TS>
