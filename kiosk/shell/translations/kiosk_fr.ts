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
        <location filename="../browser.py" line="46"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../browser.py" line="48"/>
        <source>Go back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Back to the list of services</source>
        <translation>Retour à la liste des services</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Load the page again</source>
        <translation>Charger la page à nouveau</translation>
    </message>
    <message>
        <location filename="../browser.py" line="198"/>
        <source>✕ Close this page</source>
        <translation>✕ Fermer cette page</translation>
    </message>
    <message>
        <location filename="../browser.py" line="212"/>
        <source>✕ Close the page %1</source>
        <translation>✕ Fermer la page %1</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../picker.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../picker.py" line="99"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../picker.py" line="119"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>Vous n’avez encore aucun document dans cette session. Téléchargez-en un ou numérisez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="122"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>Touchez les documents à envoyer (un ou plusieurs), puis Joindre.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>Touchez le document à envoyer, puis Joindre.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="63"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>Choisissez un document dans la liste, puis appuyez sur Ouvrir.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="73"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>Ce document PDF ne peut pas être lu. Il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="81"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>Ce type de document ne peut pas être affiché ici. Vous pouvez quand même l&apos;envoyer dans un formulaire d&apos;un site.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="123"/>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <location filename="../documents.py" line="124"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>Vous n&apos;avez encore aucun document. Les documents que vous téléchargez et les pages que vous scannez apparaissent ici. Ils sont effacés à la fin de votre session.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="127"/>
        <source>Your documents</source>
        <translation>Vos documents</translation>
    </message>
    <message>
        <location filename="../documents.py" line="128"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../documents.py" line="129"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../documents.py" line="130"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../documents.py" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>EndConfirmation</name>
    <message>
        <location filename="../sessionview.py" line="53"/>
        <source>End your session?</source>
        <translation>Terminer votre session ?</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="54"/>
        <source>Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>Tout ce que vous avez fait sur cet ordinateur sera effacé : pages, documents téléchargés et scans.</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="57"/>
        <source>No, continue</source>
        <translation>Non, je continue</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="58"/>
        <source>Yes, end and erase</source>
        <translation>Oui, terminer et effacer</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="200"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../documents.py" line="201"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>Choisissez un service sur l&apos;écran d&apos;accueil. Seuls les sites de ces services s&apos;ouvrent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="203"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>◀ Précédent et Suivant ▶ passent d&apos;une page à l&apos;autre. A- et A+ rendent le texte plus petit ou plus grand. Accueil ramène la liste des services.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="205"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>Imprimer imprime la page affichée, dans la limite des pages de votre code. Scanner transforme des pages papier en un document PDF que vous pouvez envoyer dans un formulaire.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="207"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>Mes documents liste ce que vous avez téléchargé et scanné pendant cette session.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="208"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>Quand vous avez fini, appuyez sur Terminer ma session : tout ce que vous avez fait est effacé, la personne suivante n&apos;en verra rien.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="210"/>
        <source>A question? Ask at the reception.</source>
        <translation>Une question ? Demandez à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="151"/>
        <source>Nobody has touched this computer for a while. Without an answer, the session ends and everything is erased.</source>
        <translation>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Sans réponse, la session se termine et tout est effacé.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="153"/>
        <source>I am continuing</source>
        <translation>Je continue</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>Ends in %1 s</source>
        <translation>Fin dans %1 s</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="236"/>
        <source>Enter your access code</source>
        <translation>Entrez votre code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="173"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>Le code est sur le ticket remis par l’accueil. Demandez à l’accueil si vous avez besoin d’aide.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="168"/>
        <source>Access code</source>
        <translation>Code d’accès</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="169"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="170"/>
        <source>Erase the last symbol</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="171"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="181"/>
        <location filename="../lockscreen.py" line="312"/>
        <source>Thank you for your answer.</source>
        <translation>Merci pour votre réponse.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="266"/>
        <source>Too many wrong codes on this computer. You can try again in %1 s.</source>
        <translation>Trop de codes erronés sur cet ordinateur. Vous pourrez réessayer dans %1 s.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="271"/>
        <source>You can type a code again.</source>
        <translation>Vous pouvez taper un code à nouveau.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="233"/>
        <source>Open today: %1</source>
        <translation>Ouvert aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="234"/>
        <source>Closed today</source>
        <translation>Fermé aujourd’hui</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="235"/>
        <source>The centre is closed now.</source>
        <translation>Le lieu est fermé en ce moment.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="183"/>
        <location filename="../lockscreen.py" line="285"/>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="172"/>
        <source>OK: open my session</source>
        <translation>Valider : ouvrir ma session</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="177"/>
        <location filename="../lockscreen.py" line="296"/>
        <source>Session ended — everything has been erased.</source>
        <translation>Session terminée — tout a été effacé.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="179"/>
        <location filename="../lockscreen.py" line="297"/>
        <source>Session ended.</source>
        <translation>Session terminée.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="59"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../printdialog.py" line="45"/>
        <location filename="../printdialog.py" line="77"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="52"/>
        <source>Pages of the document</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>All pages (%1)</source>
        <translation>Toutes les pages (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="58"/>
        <source>Only these pages:</source>
        <translation>Seulement ces pages :</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="64"/>
        <source>for example 1-3, 5</source>
        <translation>par exemple 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="65"/>
        <source>Pages to print</source>
        <translation>Pages à imprimer</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="68"/>
        <source>Number of copies</source>
        <translation>Nombre d&apos;exemplaires</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="84"/>
        <source>Copies:</source>
        <translation>Exemplaires :</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="120"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Ce document ne peut pas être lu, il ne peut donc pas être imprimé.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="126"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>Des pages entre 1 et %1, par exemple 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="128"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>Écrivez les pages comme ceci : 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="132"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 pages, mais il vous en reste %2. Choisissez moins de pages ou de copies, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="137"/>
        <source>1 page — you will have %2 left</source>
        <translation>1 page — il vous en restera %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="138"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 pages — il vous en restera %2</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../printer_texts.py" line="19"/>
        <source>The printer cannot print right now.</source>
        <translation>L&apos;imprimante ne peut pas imprimer pour le moment.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="21"/>
        <source>The printer works, with a warning.</source>
        <translation>L&apos;imprimante fonctionne, avec une alerte.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="22"/>
        <source>The printer is ready.</source>
        <translation>L&apos;imprimante est prête.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="28"/>
        <source>It is out of paper.</source>
        <translation>Il n&apos;y a plus de papier.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="29"/>
        <source>It needs paper.</source>
        <translation>Elle attend du papier.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="30"/>
        <source>Paper is jammed in it.</source>
        <translation>Du papier est coincé dedans.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="31"/>
        <location filename="../printer_texts.py" line="32"/>
        <source>Its ink or toner is empty.</source>
        <translation>L&apos;encre ou le toner est vide.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="33"/>
        <location filename="../printer_texts.py" line="34"/>
        <location filename="../printer_texts.py" line="35"/>
        <source>It does not answer.</source>
        <translation>Elle ne répond pas.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="36"/>
        <source>It is switched off.</source>
        <translation>Elle est éteinte.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="37"/>
        <location filename="../printer_texts.py" line="38"/>
        <source>A door of the printer is open.</source>
        <translation>Une porte de l&apos;imprimante est ouverte.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="39"/>
        <source>A paper tray is out.</source>
        <translation>Un bac à papier est retiré.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="40"/>
        <source>Its output tray is full: take the printed sheets.</source>
        <translation>Le bac de sortie est plein : retirez les feuilles imprimées.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="42"/>
        <location filename="../printer_texts.py" line="44"/>
        <source>It has been paused.</source>
        <translation>Elle a été mise en pause.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="43"/>
        <source>It has been stopped.</source>
        <translation>Elle a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="45"/>
        <source>It is not set up on this computer.</source>
        <translation>Elle n&apos;est pas installée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="46"/>
        <source>The printing service does not answer.</source>
        <translation>Le service d&apos;impression ne répond pas.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="58"/>
        <source>Tell the reception: they will fix it.</source>
        <translation>Prévenez l&apos;accueil : il va régler le problème.</translation>
    </message>
</context>
<context>
    <name>SatisfactionQuestion</name>
    <message>
        <location filename="../satisfaction.py" line="44"/>
        <source>Could you do what you wanted?</source>
        <translation>Avez-vous pu faire ce que vous vouliez ?</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes, I could</source>
        <translation>Oui, j’ai pu</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="48"/>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No, I could not</source>
        <translation>Non, je n’ai pas pu</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip: do not answer</source>
        <translation>Passer : ne pas répondre</translation>
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
        <location filename="../scandialog.py" line="90"/>
        <source>Scanned pages</source>
        <translation>Pages scannées</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Scan a page</source>
        <translation>Scanner une page</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="97"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Give up</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="100"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="117"/>
        <source>Looking for the scanner…</source>
        <translation>Recherche du scanner…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="130"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>Aucun scanner ne répond. Vérifiez qu&apos;il est allumé, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="151"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>Numérisation en cours… Ne soulevez pas le capot.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="177"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>Page %1 scannée. Scannez une autre page, ou enregistrez.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="187"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>Numérisation arrêtée. Cette page n&apos;a pas été décomptée.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="189"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>Vous ne pouvez plus scanner de pages avec ce code. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="192"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Les pages ne peuvent pas être décomptées pour le moment. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="197"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>Le scanner n&apos;a pas pu lire la page. Vérifiez la page et le capot, puis réessayez. Cette page n&apos;a pas été décomptée.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="211"/>
        <source>Scanned document %1.pdf</source>
        <translation>Document scanné %1.pdf</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="217"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>Le document n&apos;a pas pu être enregistré. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="223"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>Il n’y a pas assez de place dans votre session pour ce document. Fermez cette fenêtre, supprimez des documents dans Mes documents, puis scannez à nouveau. Ces pages ne seront pas comptées.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="272"/>
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
        <location filename="../sessionview.py" line="136"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="137"/>
        <location filename="../sessionview.py" line="138"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="139"/>
        <source>End my session</source>
        <translation>Terminer ma session</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="141"/>
        <location filename="../sessionview.py" line="199"/>
        <source>Ask for help</source>
        <translation>Demander de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="143"/>
        <source>Help is on its way</source>
        <translation>L&apos;accueil est prévenu</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>✕ Close</source>
        <translation>✕ Fermer</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="146"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="149"/>
        <source>✕ Close this panel</source>
        <translation>✕ Fermer ce panneau</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="186"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../window.py" line="216"/>
        <source>This computer cannot open a session right now. Please ask at the reception.</source>
        <translation>Ce poste ne peut pas ouvrir de session pour le moment. Merci de vous adresser à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Un problème est survenu. Demandez à l’accueil, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>Le réseau est coupé et ce poste ne connaît pas ce code. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>Ce code ne peut pas ouvrir de session. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <location filename="../window.py" line="265"/>
        <source>The centre is closed now.</source>
        <translation>Le lieu est fermé en ce moment.</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>Ce code est mal tapé : une lettre ou un chiffre ne correspond pas. Vérifiez le ticket et tapez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../window.py" line="240"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>Ce code n’existe pas. Vérifiez le ticket, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="244"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>Le temps de ce code est épuisé. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="246"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>Ce code a expiré. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>Ce code a été annulé. Demandez un nouveau code à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>Ce code n’est pas encore valable. Demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>Ce code est déjà utilisé sur un autre poste. Terminez d’abord cette session, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>Ce poste est hors service. Utilisez un autre poste, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="421"/>
        <source>Printed: 1 page.</source>
        <translation>Imprimé : 1 page.</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Printed: %1 pages.</source>
        <translation>Imprimé : %1 pages.</translation>
    </message>
    <message>
        <location filename="../window.py" line="423"/>
        <source>You have 1 page left.</source>
        <translation>Il vous reste 1 page.</translation>
    </message>
    <message>
        <location filename="../window.py" line="424"/>
        <source>You have %1 pages left.</source>
        <translation>Il vous reste %1 pages.</translation>
    </message>
    <message>
        <location filename="../window.py" line="466"/>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../window.py" line="468"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../window.py" line="469"/>
        <source>%1 is in My documents.</source>
        <translation>%1 est dans Mes documents.</translation>
    </message>
    <message>
        <location filename="../window.py" line="282"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>Trop de pages sont ouvertes. Fermez une page (✕ sur son onglet) pour en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="../window.py" line="355"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>Votre session se termine. Tout sera effacé dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="369"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>Ouvrez la page d&apos;un service pour l&apos;imprimer, ou choisissez un document ici.</translation>
    </message>
    <message>
        <location filename="../window.py" line="379"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>Cette page ne peut pas être imprimée. Réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur. Prévenez l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="405"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>Impression en cours… Attendez vos pages à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>Il ne reste pas assez de pages sur votre code. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="432"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Les pages ne peuvent pas être décomptées pour le moment. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="435"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>L&apos;impression n&apos;a pas abouti. Aucune page ne vous a été décomptée. Prévenez l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Help is on its way</source>
        <translation>L&apos;accueil est prévenu</translation>
    </message>
    <message>
        <location filename="../window.py" line="489"/>
        <source>The reception has your request. Someone will answer you here or come to you.</source>
        <translation>L&apos;accueil a reçu votre demande. Quelqu&apos;un va vous répondre ici ou venir vous voir.</translation>
    </message>
    <message>
        <location filename="../window.py" line="509"/>
        <source>Ask for help</source>
        <translation>Demander de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>The request could not be sent. Raise your hand or go to the reception.</source>
        <translation>La demande n&apos;a pas pu partir. Levez la main ou allez à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>The reception gives you %1 more minutes.</source>
        <translation>L&apos;accueil vous donne %1 minutes de plus.</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>The reception cannot give more time now. Save or print what you need.</source>
        <translation>L&apos;accueil ne peut pas donner plus de temps maintenant. Enregistrez ou imprimez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../window.py" line="522"/>
        <source>Someone from the reception is coming to you.</source>
        <translation>Quelqu&apos;un de l&apos;accueil arrive.</translation>
    </message>
    <message>
        <location filename="../window.py" line="671"/>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <location filename="../dialogs.py" line="180"/>
        <source>Ask the reception for more time</source>
        <translation>Demander plus de temps à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Your session will end soon</source>
        <translation>Votre session va bientôt se terminer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="185"/>
        <source>Save or print what you need now. At the end, everything on this computer is erased.</source>
        <translation>Enregistrez ou imprimez maintenant ce dont vous avez besoin. À la fin, tout est effacé de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191"/>
        <source>Time left: %1 min %2 s</source>
        <translation>Temps restant : %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../toasts.py" line="29"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="30"/>
        <source>Done</source>
        <translation>C&apos;est fait</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="31"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="32"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="33"/>
        <source>Message from the reception</source>
        <translation>Message de l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="62"/>
        <source>I have read it</source>
        <translation>J&apos;ai lu</translation>
    </message>
</context>
</TS>
