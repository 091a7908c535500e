<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="61"/>
        <source>This site is not available on this computer</source>
        <translation>Este sitio no está disponible en este ordenador</translation>
    </message>
    <message>
        <location filename="../browser.py" line="63"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>Por su seguridad, este ordenador solo abre los sitios de los servicios de la pantalla de inicio. Pregunte en la recepción si necesita otro sitio.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="67"/>
        <source>This page stopped working</source>
        <translation>Esta página ha dejado de funcionar</translation>
    </message>
    <message>
        <location filename="../browser.py" line="69"/>
        <source>Go back, then open the page again. If it happens again, ask at the reception.</source>
        <translation>Vuelva atrás y abra la página otra vez. Si vuelve a pasar, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="46"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../browser.py" line="48"/>
        <source>Go back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Forward ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Back to the list of services</source>
        <translation>Volver a la lista de servicios</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Load the page again</source>
        <translation>Cargar la página otra vez</translation>
    </message>
    <message>
        <location filename="../browser.py" line="198"/>
        <source>✕ Close this page</source>
        <translation>✕ Cerrar esta página</translation>
    </message>
    <message>
        <location filename="../browser.py" line="212"/>
        <source>✕ Close the page %1</source>
        <translation>✕ Cerrar la página %1</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../picker.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../picker.py" line="99"/>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <location filename="../picker.py" line="119"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>Todavía no tiene ningún documento en esta sesión. Descargue o escanee uno primero.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="122"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>Toque los documentos que quiere enviar (uno o varios) y luego Adjuntar.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>Toque el documento que quiere enviar y luego Adjuntar.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="63"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>Elija un documento de la lista y pulse Abrir.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="73"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>Este PDF no se puede leer. Puede estar dañado.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="81"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>Este tipo de documento no se puede mostrar aquí. Puede enviarlo igualmente en un formulario de un sitio web.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="123"/>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <location filename="../documents.py" line="124"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>Todavía no tiene documentos. Aquí aparecen los documentos que descarga y las páginas que escanea. Se borran al final de la sesión.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="127"/>
        <source>Your documents</source>
        <translation>Sus documentos</translation>
    </message>
    <message>
        <location filename="../documents.py" line="128"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../documents.py" line="129"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../documents.py" line="130"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../documents.py" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>¿Borrar «%1»? No se podrá recuperar.</translation>
    </message>
</context>
<context>
    <name>EndConfirmation</name>
    <message>
        <location filename="../sessionview.py" line="53"/>
        <source>End your session?</source>
        <translation>¿Terminar su sesión?</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="54"/>
        <source>Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>Todo lo que ha hecho en este ordenador se borrará: páginas, documentos descargados y escaneos.</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="57"/>
        <source>No, continue</source>
        <translation>No, continuar</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="58"/>
        <source>Yes, end and erase</source>
        <translation>Sí, terminar y borrar</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="200"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../documents.py" line="201"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>Elija un servicio en la pantalla de inicio. En este ordenador solo se abren los sitios de estos servicios.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="203"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>◀ Atrás y Adelante ▶ cambian de página. A- y A+ hacen el texto más pequeño o más grande. Inicio vuelve a la lista de servicios.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="205"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>Imprimir imprime la página que ve, dentro de las páginas que permite su código. Escanear convierte hojas de papel en un documento PDF que puede enviar en un formulario.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="207"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>Mis documentos muestra lo que ha descargado y escaneado durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="208"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>Cuando termine, pulse Terminar mi sesión: todo lo que ha hecho se borra y la siguiente persona no verá nada.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="210"/>
        <source>A question? Ask at the reception.</source>
        <translation>¿Una pregunta? Pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="151"/>
        <source>Nobody has touched this computer for a while. Without an answer, the session ends and everything is erased.</source>
        <translation>Nadie ha tocado el ordenador desde hace un rato. Sin respuesta, la sesión termina y todo se borra.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="153"/>
        <source>I am continuing</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>Ends in %1 s</source>
        <translation>Fin en %1 s</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="236"/>
        <source>Enter your access code</source>
        <translation>Escriba su código de acceso</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="173"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>El código está en el papel que le dieron en la recepción. Pregunte en la recepción si necesita ayuda.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="168"/>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="169"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="170"/>
        <source>Erase the last symbol</source>
        <translation>Borrar el último signo</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="171"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="181"/>
        <location filename="../lockscreen.py" line="312"/>
        <source>Thank you for your answer.</source>
        <translation>Gracias por su respuesta.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="266"/>
        <source>Too many wrong codes on this computer. You can try again in %1 s.</source>
        <translation>Demasiados códigos erróneos en este ordenador. Podrá volver a intentarlo en %1 s.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="271"/>
        <source>You can type a code again.</source>
        <translation>Ya puede escribir un código otra vez.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="233"/>
        <source>Open today: %1</source>
        <translation>Abierto hoy: %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="234"/>
        <source>Closed today</source>
        <translation>Cerrado hoy</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="235"/>
        <source>The centre is closed now.</source>
        <translation>El centro está cerrado ahora.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="183"/>
        <location filename="../lockscreen.py" line="285"/>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="172"/>
        <source>OK: open my session</source>
        <translation>OK: abrir mi sesión</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="177"/>
        <location filename="../lockscreen.py" line="296"/>
        <source>Session ended — everything has been erased.</source>
        <translation>Sesión terminada: todo se ha borrado.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="179"/>
        <location filename="../lockscreen.py" line="297"/>
        <source>Session ended.</source>
        <translation>Sesión terminada.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="59"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="52"/>
        <source>Pages of the document</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>All pages (%1)</source>
        <translation>Todas las páginas (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="58"/>
        <source>Only these pages:</source>
        <translation>Solo estas páginas:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="64"/>
        <source>for example 1-3, 5</source>
        <translation>por ejemplo 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="65"/>
        <source>Pages to print</source>
        <translation>Páginas que imprimir</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="68"/>
        <source>Number of copies</source>
        <translation>Número de copias</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="84"/>
        <source>Copies:</source>
        <translation>Copias:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="120"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Este documento no se puede leer, así que no se puede imprimir.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="126"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>Páginas entre 1 y %1, por ejemplo 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="128"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>Escriba las páginas así: 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="132"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 páginas, pero le quedan %2. Elija menos páginas o copias, o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="137"/>
        <source>1 page — you will have %2 left</source>
        <translation>1 página: le quedarán %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="138"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 páginas: le quedarán %2</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../printer_texts.py" line="19"/>
        <source>The printer cannot print right now.</source>
        <translation>La impresora no puede imprimir ahora.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="21"/>
        <source>The printer works, with a warning.</source>
        <translation>La impresora funciona, con un aviso.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="22"/>
        <source>The printer is ready.</source>
        <translation>La impresora está lista.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="28"/>
        <source>It is out of paper.</source>
        <translation>No tiene papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="29"/>
        <source>It needs paper.</source>
        <translation>Necesita papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="30"/>
        <source>Paper is jammed in it.</source>
        <translation>Hay papel atascado.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="31"/>
        <location filename="../printer_texts.py" line="32"/>
        <source>Its ink or toner is empty.</source>
        <translation>La tinta o el tóner está vacío.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="33"/>
        <location filename="../printer_texts.py" line="34"/>
        <location filename="../printer_texts.py" line="35"/>
        <source>It does not answer.</source>
        <translation>No responde.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="36"/>
        <source>It is switched off.</source>
        <translation>Está apagada.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="37"/>
        <location filename="../printer_texts.py" line="38"/>
        <source>A door of the printer is open.</source>
        <translation>Una puerta de la impresora está abierta.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="39"/>
        <source>A paper tray is out.</source>
        <translation>Falta una bandeja de papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="40"/>
        <source>Its output tray is full: take the printed sheets.</source>
        <translation>La bandeja de salida está llena: retire las hojas impresas.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="42"/>
        <location filename="../printer_texts.py" line="44"/>
        <source>It has been paused.</source>
        <translation>Está en pausa.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="43"/>
        <source>It has been stopped.</source>
        <translation>Está detenida.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="45"/>
        <source>It is not set up on this computer.</source>
        <translation>No está instalada en este ordenador.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="46"/>
        <source>The printing service does not answer.</source>
        <translation>El servicio de impresión no responde.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="58"/>
        <source>Tell the reception: they will fix it.</source>
        <translation>Avise a la recepción: lo solucionarán.</translation>
    </message>
</context>
<context>
    <name>SatisfactionQuestion</name>
    <message>
        <location filename="../satisfaction.py" line="44"/>
        <source>Could you do what you wanted?</source>
        <translation>¿Pudo hacer lo que quería?</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes, I could</source>
        <translation>Sí, pude</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="48"/>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No, I could not</source>
        <translation>No, no pude</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip: do not answer</source>
        <translation>Omitir: no responder</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../scandialog.py" line="72"/>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="74"/>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="75"/>
        <source>Document (black and white, light file)</source>
        <translation>Documento (blanco y negro, archivo ligero)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="77"/>
        <source>Photo (colour)</source>
        <translation>Foto (color)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="90"/>
        <source>Scanned pages</source>
        <translation>Páginas escaneadas</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Scan a page</source>
        <translation>Escanear una página</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="97"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Give up</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="100"/>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="117"/>
        <source>Looking for the scanner…</source>
        <translation>Buscando el escáner…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="130"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>Ningún escáner responde. Compruebe que está encendido o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="151"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>Escaneando… No levante la tapa.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="177"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>Página %1 escaneada. Escanee otra página o guarde.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="187"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>Escaneo detenido. Esta página no se ha contado.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="189"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>No puede escanear más páginas con este código. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="192"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Ahora no se pueden contar las páginas. Inténtelo dentro de un minuto o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="197"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>El escáner no pudo leer la página. Compruebe la hoja y la tapa y vuelva a intentarlo. Esta página no se ha contado.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="211"/>
        <source>Scanned document %1.pdf</source>
        <translation>Documento escaneado %1.pdf</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="217"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>No se pudo guardar el documento. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="223"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>No queda espacio suficiente en su sesión para este documento. Cierre esta ventana, borre documentos en Mis documentos y vuelva a escanear. Estas páginas no se contarán.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="272"/>
        <source>Put the page face down on the glass, then press Scan a page. You can scan %1 more pages.</source>
        <translation>Ponga la hoja boca abajo sobre el cristal y pulse Escanear una página. Puede escanear %1 páginas más.</translation>
    </message>
</context>
<context>
    <name>SessionDownloads</name>
    <message>
        <location filename="../guard.py" line="241"/>
        <source>This document is too large for the space left in your session (%1). It was not downloaded. Delete documents in My documents to make room.</source>
        <translation>Este documento es demasiado grande para el espacio que queda en su sesión (%1). No se ha descargado. Borre documentos en Mis documentos para hacer sitio.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="265"/>
        <source>The download was stopped: the space for your session&apos;s documents (%1) is full. Delete documents in My documents to make room.</source>
        <translation>La descarga se ha detenido: el espacio para los documentos de su sesión (%1) está lleno. Borre documentos en Mis documentos para hacer sitio.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="276"/>
        <source>The download did not finish. Try again, or ask at the reception.</source>
        <translation>La descarga no ha terminado. Inténtelo otra vez o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="281"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../sessionview.py" line="136"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="137"/>
        <location filename="../sessionview.py" line="138"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="139"/>
        <source>End my session</source>
        <translation>Terminar mi sesión</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="141"/>
        <location filename="../sessionview.py" line="199"/>
        <source>Ask for help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="143"/>
        <source>Help is on its way</source>
        <translation>La recepción está avisada</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>✕ Close</source>
        <translation>✕ Cerrar</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="146"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="149"/>
        <source>✕ Close this panel</source>
        <translation>✕ Cerrar este panel</translation>
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
        <translation>Este ordenador no puede abrir una sesión ahora. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Algo ha fallado. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>Este ordenador no conoce este código mientras la red no funciona. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>Este código no puede abrir una sesión. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <location filename="../window.py" line="265"/>
        <source>The centre is closed now.</source>
        <translation>El centro está cerrado ahora.</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>Este código está mal escrito: una letra o una cifra no coincide. Mire el papel y escríbalo otra vez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="240"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>Este código no existe. Mire el papel o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="244"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>El tiempo de este código se ha agotado. Pida un código nuevo en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="246"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>Este código ha caducado. Pida un código nuevo en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>Este código ha sido anulado. Pida un código nuevo en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>Este código todavía no es válido. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>Este código ya se está usando en otro ordenador. Termine esa sesión primero o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>Este ordenador está averiado. Use otro o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="421"/>
        <source>Printed: 1 page.</source>
        <translation>Impreso: 1 página.</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Printed: %1 pages.</source>
        <translation>Impreso: %1 páginas.</translation>
    </message>
    <message>
        <location filename="../window.py" line="423"/>
        <source>You have 1 page left.</source>
        <translation>Le queda 1 página.</translation>
    </message>
    <message>
        <location filename="../window.py" line="424"/>
        <source>You have %1 pages left.</source>
        <translation>Le quedan %1 páginas.</translation>
    </message>
    <message>
        <location filename="../window.py" line="466"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../window.py" line="468"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../window.py" line="469"/>
        <source>%1 is in My documents.</source>
        <translation>%1 está en Mis documentos.</translation>
    </message>
    <message>
        <location filename="../window.py" line="282"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>Hay demasiadas páginas abiertas. Cierre una página (✕ en su pestaña) para abrir otra.</translation>
    </message>
    <message>
        <location filename="../window.py" line="355"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>Su sesión está terminando. Todo se borrará en unos segundos.</translation>
    </message>
    <message>
        <location filename="../window.py" line="369"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>Abra una página de un servicio para imprimirla, o elija aquí un documento.</translation>
    </message>
    <message>
        <location filename="../window.py" line="379"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>Esta página no se puede imprimir. Inténtelo otra vez o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>No hay ninguna impresora en este ordenador. Avise a la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="405"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>Imprimiendo… Recoja sus páginas en la impresora.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>No le quedan páginas suficientes en su código. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="432"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Ahora no se pueden contar las páginas. Inténtelo dentro de un minuto o pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="435"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>La impresión no se ha hecho. No se ha contado ninguna página. Avise a la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Help is on its way</source>
        <translation>La recepción está avisada</translation>
    </message>
    <message>
        <location filename="../window.py" line="489"/>
        <source>The reception has your request. Someone will answer you here or come to you.</source>
        <translation>La recepción ha recibido su petición. Alguien le responderá aquí o vendrá a verle.</translation>
    </message>
    <message>
        <location filename="../window.py" line="509"/>
        <source>Ask for help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>The request could not be sent. Raise your hand or go to the reception.</source>
        <translation>La petición no se pudo enviar. Levante la mano o vaya a la recepción.</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>The reception gives you %1 more minutes.</source>
        <translation>La recepción le da %1 minutos más.</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>The reception cannot give more time now. Save or print what you need.</source>
        <translation>La recepción no puede dar más tiempo ahora. Guarde o imprima lo que necesite.</translation>
    </message>
    <message>
        <location filename="../window.py" line="522"/>
        <source>Someone from the reception is coming to you.</source>
        <translation>Alguien de la recepción viene.</translation>
    </message>
    <message>
        <location filename="../window.py" line="671"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <location filename="../dialogs.py" line="180"/>
        <source>Ask the reception for more time</source>
        <translation>Pedir más tiempo a la recepción</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Your session will end soon</source>
        <translation>Su sesión terminará pronto</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="185"/>
        <source>Save or print what you need now. At the end, everything on this computer is erased.</source>
        <translation>Guarde o imprima ahora lo que necesite. Al final, todo se borra de este ordenador.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191"/>
        <source>Time left: %1 min %2 s</source>
        <translation>Tiempo restante: %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../toasts.py" line="29"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="30"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="31"/>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="32"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="33"/>
        <source>Message from the reception</source>
        <translation>Mensaje de la recepción</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="62"/>
        <source>I have read it</source>
        <translation>Lo he leído</translation>
    </message>
</context>
</TS>
