<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="61"/>
        <source>This site is not available on this computer</source>
        <translation>Ce site n’est pas disponible sur ce poste</translation>
    </message>
    <message>
        <location filename="../browser.py" line="63"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>Pour votre sécurité, ce poste n’ouvre que les sites des services de l’écran d’accueil. Demandez à l’accueil si vous avez besoin d’un autre site.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="67"/>
        <source>This page stopped working</source>
        <translation>Cette page a cessé de fonctionner</translation>
    </message>
    <message>
        <location filename="../browser.py" line="69"/>
        <source>Go back, then open the page again. If it happens again, ask at the reception.</source>
        <translation>Revenez en arrière, puis ouvrez la page à nouveau. Si cela recommence, demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="41"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../browser.py" line="42"/>
        <source>Go back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="146"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../browser.py" line="146"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../browser.py" line="147"/>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="147"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Back to the list of services</source>
        <translation>Retour à la liste des services</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../browser.py" line="151"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="151"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Load the page again</source>
        <translation>Charger la page à nouveau</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../picker.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../picker.py" line="101"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>Vous n’avez encore aucun document dans cette session. Téléchargez-en un ou numérisez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="126"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>Touchez les documents à envoyer (un ou plusieurs), puis Joindre.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="127"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>Touchez le document à envoyer, puis Joindre.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="62"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>Choisissez un document dans la liste, puis appuyez sur Ouvrir.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="72"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>Ce document PDF ne peut pas être lu. Il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="80"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>Ce type de document ne peut pas être affiché ici. Vous pouvez quand même l&apos;envoyer dans un formulaire d&apos;un site.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="97"/>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <location filename="../documents.py" line="101"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>Vous n&apos;avez encore aucun document. Les documents que vous téléchargez et les pages que vous scannez apparaissent ici. Ils sont effacés à la fin de votre session.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="106"/>
        <source>Your documents</source>
        <translation>Vos documents</translation>
    </message>
    <message>
        <location filename="../documents.py" line="107"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../documents.py" line="108"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../documents.py" line="109"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../documents.py" line="162"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="183"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../documents.py" line="184"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>Choisissez un service sur l&apos;écran d&apos;accueil. Seuls les sites de ces services s&apos;ouvrent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="186"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>◀ Précédent et Suivant ▶ passent d&apos;une page à l&apos;autre. A- et A+ rendent le texte plus petit ou plus grand. Accueil ramène la liste des services.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="188"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>Imprimer imprime la page affichée, dans la limite des pages de votre code. Scanner transforme des pages papier en un document PDF que vous pouvez envoyer dans un formulaire.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="190"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>Mes documents liste ce que vous avez téléchargé et scanné pendant cette session.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="191"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>Quand vous avez fini, appuyez sur Terminer ma session : tout ce que vous avez fait est effacé, la personne suivante n&apos;en verra rien.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="193"/>
        <source>A question? Ask at the reception.</source>
        <translation>Une question ? Demandez à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="80"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87"/>
        <source>I am continuing</source>
        <translation>Je continue</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="120"/>
        <source>Without an answer, the session ends in %1 s and everything is erased.</source>
        <translation>Sans réponse, la session se termine dans %1 s et tout est effacé.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="35"/>
        <location filename="../lockscreen.py" line="133"/>
        <source>Enter your access code</source>
        <translation>Entrez votre code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="39"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>Le code est sur le ticket remis par l’accueil. Demandez à l’accueil si vous avez besoin d’aide.</translation>
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
        <location filename="../lockscreen.py" line="131"/>
        <source>Open today: %1</source>
        <translation>Ouvert aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="132"/>
        <source>Closed today</source>
        <translation>Fermé aujourd’hui</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="134"/>
        <source>The centre is closed now.</source>
        <translation>Le lieu est fermé en ce moment.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="155"/>
        <location filename="../lockscreen.py" line="156"/>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="163"/>
        <source>Session ended — everything has been erased.</source>
        <translation>Session terminée — tout a été effacé.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="164"/>
        <source>Session ended.</source>
        <translation>Session terminée.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../printdialog.py" line="44"/>
        <location filename="../printdialog.py" line="74"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="50"/>
        <source>Pages of the document</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="54"/>
        <source>All pages (%1)</source>
        <translation>Toutes les pages (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>Only these pages:</source>
        <translation>Seulement ces pages :</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="62"/>
        <source>for example 1-3, 5</source>
        <translation>par exemple 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="63"/>
        <source>Pages to print</source>
        <translation>Pages à imprimer</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="66"/>
        <source>Number of copies</source>
        <translation>Nombre d&apos;exemplaires</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="73"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="82"/>
        <source>Copies:</source>
        <translation>Exemplaires :</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="113"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Ce document ne peut pas être lu, il ne peut donc pas être imprimé.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="119"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>Des pages entre 1 et %1, par exemple 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="121"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>Écrivez les pages comme ceci : 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="125"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 pages, mais il vous en reste %2. Choisissez moins de pages ou de copies, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="130"/>
        <source>1 page — you will have %2 left</source>
        <translation>1 page — il vous en restera %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="131"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 pages — il vous en restera %2</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../scandialog.py" line="72"/>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="74"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="75"/>
        <source>Document (black and white, light file)</source>
        <translation>Document (noir et blanc, fichier léger)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="77"/>
        <source>Photo (colour)</source>
        <translation>Photo (couleur)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="89"/>
        <source>Scanned pages</source>
        <translation>Pages scannées</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="95"/>
        <source>Scan a page</source>
        <translation>Scanner une page</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="98"/>
        <source>Give up</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="118"/>
        <source>Looking for the scanner…</source>
        <translation>Recherche du scanner…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="131"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>Aucun scanner ne répond. Vérifiez qu&apos;il est allumé, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="152"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>Numérisation en cours… Ne soulevez pas le capot.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="178"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>Page %1 scannée. Scannez une autre page, ou enregistrez.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="188"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>Numérisation arrêtée. Cette page n&apos;a pas été décomptée.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="190"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>Vous ne pouvez plus scanner de pages avec ce code. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="193"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Les pages ne peuvent pas être décomptées pour le moment. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="198"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>Le scanner n&apos;a pas pu lire la page. Vérifiez la page et le capot, puis réessayez. Cette page n&apos;a pas été décomptée.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="216"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>Le document n&apos;a pas pu être enregistré. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="222"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>Il n’y a pas assez de place dans votre session pour ce document. Fermez cette fenêtre, supprimez des documents dans Mes documents, puis scannez à nouveau. Ces pages ne seront pas comptées.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="271"/>
        <source>Put the page face down on the glass, then press Scan a page. You can scan %1 more pages.</source>
        <translation>Posez la page face contre la vitre, puis appuyez sur Scanner une page. Vous pouvez encore scanner %1 pages.</translation>
    </message>
</context>
<context>
    <name>SessionDownloads</name>
    <message>
        <location filename="../guard.py" line="241"/>
        <source>This document is too large for the space left in your session (%1). It was not downloaded. Delete documents in My documents to make room.</source>
        <translation>Ce document est trop volumineux pour la place qui reste dans votre session (%1). Il n’a pas été téléchargé. Supprimez des documents dans Mes documents pour faire de la place.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="265"/>
        <source>The download was stopped: the space for your session&apos;s documents (%1) is full. Delete documents in My documents to make room.</source>
        <translation>Le téléchargement a été arrêté : la place pour les documents de votre session (%1) est pleine. Supprimez des documents dans Mes documents pour faire de la place.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="276"/>
        <source>The download did not finish. Try again, or ask at the reception.</source>
        <translation>Le téléchargement n’a pas abouti. Réessayez, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="281"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../window.py" line="110"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../window.py" line="116"/>
        <source>End my session</source>
        <translation>Terminer ma session</translation>
    </message>
    <message>
        <location filename="../window.py" line="122"/>
        <source>✕ Close</source>
        <translation>✕ Fermer</translation>
    </message>
    <message>
        <location filename="../window.py" line="122"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../window.py" line="123"/>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../window.py" line="123"/>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <location filename="../window.py" line="124"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../window.py" line="129"/>
        <source>Close this panel</source>
        <translation>Fermer ce panneau</translation>
    </message>
    <message>
        <location filename="../window.py" line="133"/>
        <source>End your session? Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>Terminer votre session ? Tout ce que vous avez fait sur ce poste sera effacé : pages, documents téléchargés et numérisations.</translation>
    </message>
    <message>
        <location filename="../window.py" line="137"/>
        <source>Yes, end and erase</source>
        <translation>Oui, terminer et effacer</translation>
    </message>
    <message>
        <location filename="../window.py" line="138"/>
        <source>No, continue</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../window.py" line="198"/>
        <source>Time left: %1 min %2 s</source>
        <translation>Temps restant : %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../window.py" line="294"/>
        <source>This computer cannot open a session right now. Please ask at the reception.</source>
        <translation>Ce poste ne peut pas ouvrir de session pour le moment. Merci de vous adresser à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="308"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Un problème est survenu. Demandez à l’accueil, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../window.py" line="318"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>Le réseau est coupé et ce poste ne connaît pas ce code. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="336"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>Ce code ne peut pas ouvrir de session. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="329"/>
        <location filename="../window.py" line="344"/>
        <source>The centre is closed now.</source>
        <translation>Le lieu est fermé en ce moment.</translation>
    </message>
    <message>
        <location filename="../window.py" line="314"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>Ce code est mal tapé : une lettre ou un chiffre ne correspond pas. Vérifiez le ticket et tapez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../window.py" line="316"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>Ce code n’existe pas. Vérifiez le ticket, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="320"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>Le temps de ce code est épuisé. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="322"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>Ce code a expiré. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="324"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>Ce code a été annulé. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="326"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>Ce code n’est pas encore valable. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="327"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>Ce code est déjà utilisé sur un autre poste. Terminez d’abord cette session, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="330"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>Ce poste est hors service. Utilisez un autre poste, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="334"/>
        <source>Too many wrong codes on this computer. Wait %1 s, then try again.</source>
        <translation>Trop de codes erronés sur ce poste. Attendez %1 s, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="360"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>Trop de pages sont ouvertes. Fermez une page (✕ sur son onglet) pour en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="../window.py" line="419"/>
        <source>Your session ends in %1 min. Save or print what you need now.</source>
        <translation>Votre session se termine dans %1 min. Enregistrez ou imprimez maintenant ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>Votre session se termine. Tout sera effacé dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="442"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>Ouvrez la page d&apos;un service pour l&apos;imprimer, ou choisissez un document ici.</translation>
    </message>
    <message>
        <location filename="../window.py" line="452"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>Cette page ne peut pas être imprimée. Réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="463"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur. Prévenez l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="478"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>Impression en cours… Attendez vos pages à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../window.py" line="494"/>
        <source>Printed: %1 pages. You have %2 pages left.</source>
        <translation>Imprimé : %1 pages. Il vous reste %2 pages.</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>Il ne reste pas assez de pages sur votre code. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="503"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Les pages ne peuvent pas être décomptées pour le moment. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="506"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>L&apos;impression n&apos;a pas abouti. Aucune page ne vous a été décomptée. Prévenez l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="528"/>
        <source>Saved in My documents: %1</source>
        <translation>Enregistré dans Mes documents : %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="639"/>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
</context>
</TS>
