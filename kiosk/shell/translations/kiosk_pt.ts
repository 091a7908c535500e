<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="61"/>
        <source>This site is not available on this computer</source>
        <translation>Este site não está disponível neste computador</translation>
    </message>
    <message>
        <location filename="../browser.py" line="63"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>Para sua segurança, este computador só abre os sites dos serviços do ecrã inicial. Pergunte na receção se precisar de outro site.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="67"/>
        <source>This page stopped working</source>
        <translation>Esta página deixou de funcionar</translation>
    </message>
    <message>
        <location filename="../browser.py" line="69"/>
        <source>Go back, then open the page again. If it happens again, ask at the reception.</source>
        <translation>Volte atrás e abra a página de novo. Se voltar a acontecer, pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="46"/>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../browser.py" line="48"/>
        <source>Go back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>◀ Back</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Forward ▶</source>
        <translation>Seguinte ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Back to the list of services</source>
        <translation>Voltar à lista de serviços</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Smaller text</source>
        <translation>Texto mais pequeno</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Load the page again</source>
        <translation>Carregar a página de novo</translation>
    </message>
    <message>
        <location filename="../browser.py" line="198"/>
        <source>✕ Close this page</source>
        <translation>✕ Fechar esta página</translation>
    </message>
    <message>
        <location filename="../browser.py" line="212"/>
        <source>✕ Close the page %1</source>
        <translation>✕ Fechar a página %1</translation>
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
        <translation>Anexar</translation>
    </message>
    <message>
        <location filename="../picker.py" line="119"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>Ainda não tem nenhum documento nesta sessão. Descarregue ou digitalize um primeiro.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="122"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>Toque nos documentos a enviar (um ou vários) e depois em Anexar.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>Toque no documento a enviar e depois em Anexar.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="63"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>Escolha um documento na lista e carregue em Abrir.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="73"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>Este PDF não pode ser lido. Pode estar danificado.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="81"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>Este tipo de documento não pode ser mostrado aqui. Pode enviá-lo na mesma num formulário de um site.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="123"/>
        <source>My documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <location filename="../documents.py" line="124"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>Ainda não tem documentos. Aqui aparecem os documentos que descarrega e as páginas que digitaliza. São apagados no fim da sessão.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="127"/>
        <source>Your documents</source>
        <translation>Os seus documentos</translation>
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
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../documents.py" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>Apagar «%1»? Não poderá ser recuperado.</translation>
    </message>
</context>
<context>
    <name>EndConfirmation</name>
    <message>
        <location filename="../sessionview.py" line="53"/>
        <source>End your session?</source>
        <translation>Terminar a sua sessão?</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="54"/>
        <source>Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>Tudo o que fez neste computador será apagado: páginas, documentos descarregados e digitalizações.</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="57"/>
        <source>No, continue</source>
        <translation>Não, continuar</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="58"/>
        <source>Yes, end and erase</source>
        <translation>Sim, terminar e apagar</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="200"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../documents.py" line="201"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>Escolha um serviço no ecrã inicial. Neste computador só abrem os sites destes serviços.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="203"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>◀ Anterior e Seguinte ▶ mudam de página. A- e A+ tornam o texto mais pequeno ou maior. Início volta à lista de serviços.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="205"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>Imprimir imprime a página que vê, dentro das páginas que o seu código permite. Digitalizar transforma folhas de papel num documento PDF que pode enviar num formulário.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="207"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>Os meus documentos mostra o que descarregou e digitalizou durante esta sessão.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="208"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>Quando terminar, carregue em Terminar a minha sessão: tudo o que fez é apagado e a pessoa seguinte não verá nada.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="210"/>
        <source>A question? Ask at the reception.</source>
        <translation>Uma pergunta? Pergunte na receção.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Are you still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="151"/>
        <source>Nobody has touched this computer for a while. Without an answer, the session ends and everything is erased.</source>
        <translation>Ninguém toca no computador há algum tempo. Sem resposta, a sessão termina e tudo é apagado.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="153"/>
        <source>I am continuing</source>
        <translation>Continuo aqui</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>Ends in %1 s</source>
        <translation>Fim em %1 s</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="236"/>
        <source>Enter your access code</source>
        <translation>Escreva o seu código de acesso</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="173"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>O código está no papel que a receção lhe deu. Pergunte na receção se precisar de ajuda.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="168"/>
        <source>Access code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="169"/>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="170"/>
        <source>Erase the last symbol</source>
        <translation>Apagar o último sinal</translation>
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
        <translation>Obrigado pela sua resposta.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="266"/>
        <source>Too many wrong codes on this computer. You can try again in %1 s.</source>
        <translation>Demasiados códigos errados neste computador. Pode tentar de novo dentro de %1 s.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="271"/>
        <source>You can type a code again.</source>
        <translation>Já pode escrever um código de novo.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="233"/>
        <source>Open today: %1</source>
        <translation>Aberto hoje: %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="234"/>
        <source>Closed today</source>
        <translation>Fechado hoje</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="235"/>
        <source>The centre is closed now.</source>
        <translation>O centro está fechado agora.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="183"/>
        <location filename="../lockscreen.py" line="285"/>
        <source>Checking the code…</source>
        <translation>A verificar o código…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="172"/>
        <source>OK: open my session</source>
        <translation>OK: abrir a minha sessão</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="177"/>
        <location filename="../lockscreen.py" line="296"/>
        <source>Session ended — everything has been erased.</source>
        <translation>Sessão terminada: tudo foi apagado.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="179"/>
        <location filename="../lockscreen.py" line="297"/>
        <source>Session ended.</source>
        <translation>Sessão terminada.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="59"/>
        <source>Your answer</source>
        <translation>A sua resposta</translation>
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
        <translation>Páginas do documento</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>All pages (%1)</source>
        <translation>Todas as páginas (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="58"/>
        <source>Only these pages:</source>
        <translation>Só estas páginas:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="64"/>
        <source>for example 1-3, 5</source>
        <translation>por exemplo 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="65"/>
        <source>Pages to print</source>
        <translation>Páginas a imprimir</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="68"/>
        <source>Number of copies</source>
        <translation>Número de cópias</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="84"/>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="120"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Este documento não pode ser lido, por isso não pode ser impresso.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="126"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>Páginas entre 1 e %1, por exemplo 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="128"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>Escreva as páginas assim: 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="132"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 páginas, mas só lhe restam %2. Escolha menos páginas ou cópias, ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="137"/>
        <source>1 page — you will have %2 left</source>
        <translation>1 página: vão restar-lhe %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="138"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 páginas: vão restar-lhe %2</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../printer_texts.py" line="19"/>
        <source>The printer cannot print right now.</source>
        <translation>A impressora não pode imprimir agora.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="21"/>
        <source>The printer works, with a warning.</source>
        <translation>A impressora funciona, com um aviso.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="22"/>
        <source>The printer is ready.</source>
        <translation>A impressora está pronta.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="28"/>
        <source>It is out of paper.</source>
        <translation>Não tem papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="29"/>
        <source>It needs paper.</source>
        <translation>Precisa de papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="30"/>
        <source>Paper is jammed in it.</source>
        <translation>Há papel encravado.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="31"/>
        <location filename="../printer_texts.py" line="32"/>
        <source>Its ink or toner is empty.</source>
        <translation>A tinta ou o toner acabou.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="33"/>
        <location filename="../printer_texts.py" line="34"/>
        <location filename="../printer_texts.py" line="35"/>
        <source>It does not answer.</source>
        <translation>Não responde.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="36"/>
        <source>It is switched off.</source>
        <translation>Está desligada.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="37"/>
        <location filename="../printer_texts.py" line="38"/>
        <source>A door of the printer is open.</source>
        <translation>Uma porta da impressora está aberta.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="39"/>
        <source>A paper tray is out.</source>
        <translation>Falta uma gaveta de papel.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="40"/>
        <source>Its output tray is full: take the printed sheets.</source>
        <translation>A bandeja de saída está cheia: retire as folhas impressas.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="42"/>
        <location filename="../printer_texts.py" line="44"/>
        <source>It has been paused.</source>
        <translation>Está em pausa.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="43"/>
        <source>It has been stopped.</source>
        <translation>Está parada.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="45"/>
        <source>It is not set up on this computer.</source>
        <translation>Não está instalada neste computador.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="46"/>
        <source>The printing service does not answer.</source>
        <translation>O serviço de impressão não responde.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="58"/>
        <source>Tell the reception: they will fix it.</source>
        <translation>Avise a receção: vão resolver o problema.</translation>
    </message>
</context>
<context>
    <name>SatisfactionQuestion</name>
    <message>
        <location filename="../satisfaction.py" line="44"/>
        <source>Could you do what you wanted?</source>
        <translation>Conseguiu fazer o que queria?</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes, I could</source>
        <translation>Sim, consegui</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="48"/>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No, I could not</source>
        <translation>Não, não consegui</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip: do not answer</source>
        <translation>Saltar: não responder</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../scandialog.py" line="72"/>
        <source>Scan</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="74"/>
        <source>Scanner</source>
        <translation>Digitalizador</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="75"/>
        <source>Document (black and white, light file)</source>
        <translation>Documento (preto e branco, ficheiro leve)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="77"/>
        <source>Photo (colour)</source>
        <translation>Fotografia (cores)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="90"/>
        <source>Scanned pages</source>
        <translation>Páginas digitalizadas</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Scan a page</source>
        <translation>Digitalizar uma página</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="97"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Give up</source>
        <translation>Desistir</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="100"/>
        <source>Save as PDF</source>
        <translation>Guardar em PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="117"/>
        <source>Looking for the scanner…</source>
        <translation>À procura do digitalizador…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="130"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>Nenhum digitalizador responde. Verifique se está ligado ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="151"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>A digitalizar… Não levante a tampa.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="177"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>Página %1 digitalizada. Digitalize outra página ou guarde.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="187"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>Digitalização parada. Esta página não foi contada.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="189"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>Não pode digitalizar mais páginas com este código. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="192"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Agora não é possível contar as páginas. Tente dentro de um minuto ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="197"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>O digitalizador não conseguiu ler a página. Verifique a folha e a tampa e tente de novo. Esta página não foi contada.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="211"/>
        <source>Scanned document %1.pdf</source>
        <translation>Documento digitalizado %1.pdf</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="217"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>Não foi possível guardar o documento. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="223"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>Não há espaço suficiente na sua sessão para este documento. Feche esta janela, apague documentos em Os meus documentos e digitalize de novo. Estas páginas não serão contadas.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="272"/>
        <source>Put the page face down on the glass, then press Scan a page. You can scan %1 more pages.</source>
        <translation>Ponha a folha virada para baixo no vidro e carregue em Digitalizar uma página. Pode digitalizar mais %1 páginas.</translation>
    </message>
</context>
<context>
    <name>SessionDownloads</name>
    <message>
        <location filename="../guard.py" line="241"/>
        <source>This document is too large for the space left in your session (%1). It was not downloaded. Delete documents in My documents to make room.</source>
        <translation>Este documento é grande demais para o espaço que resta na sua sessão (%1). Não foi descarregado. Apague documentos em Os meus documentos para libertar espaço.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="265"/>
        <source>The download was stopped: the space for your session&apos;s documents (%1) is full. Delete documents in My documents to make room.</source>
        <translation>A transferência foi parada: o espaço para os documentos da sua sessão (%1) está cheio. Apague documentos em Os meus documentos para libertar espaço.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="276"/>
        <source>The download did not finish. Try again, or ask at the reception.</source>
        <translation>A transferência não terminou. Tente de novo ou pergunte na receção.</translation>
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
        <translation>Tempo restante</translation>
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
        <translation>Terminar a minha sessão</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="141"/>
        <location filename="../sessionview.py" line="199"/>
        <source>Ask for help</source>
        <translation>Pedir ajuda</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="143"/>
        <source>Help is on its way</source>
        <translation>A receção foi avisada</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>✕ Close</source>
        <translation>✕ Fechar</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>Scan</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>My documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="146"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="149"/>
        <source>✕ Close this panel</source>
        <translation>✕ Fechar este painel</translation>
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
        <translation>Este computador não pode abrir uma sessão agora. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Algo correu mal. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>Este computador não conhece este código enquanto a rede não funciona. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>Este código não pode abrir uma sessão. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <location filename="../window.py" line="265"/>
        <source>The centre is closed now.</source>
        <translation>O centro está fechado agora.</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>Este código está mal escrito: uma letra ou um algarismo não corresponde. Veja o papel e escreva-o de novo.</translation>
    </message>
    <message>
        <location filename="../window.py" line="240"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>Este código não existe. Veja o papel ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="244"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>O tempo deste código acabou. Peça um código novo na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="246"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>Este código expirou. Peça um código novo na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>Este código foi anulado. Peça um código novo na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>Este código ainda não é válido. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>Este código já está a ser usado noutro computador. Termine primeiro essa sessão ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>Este computador está avariado. Use outro ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="421"/>
        <source>Printed: 1 page.</source>
        <translation>Impresso: 1 página.</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Printed: %1 pages.</source>
        <translation>Impresso: %1 páginas.</translation>
    </message>
    <message>
        <location filename="../window.py" line="423"/>
        <source>You have 1 page left.</source>
        <translation>Resta-lhe 1 página.</translation>
    </message>
    <message>
        <location filename="../window.py" line="424"/>
        <source>You have %1 pages left.</source>
        <translation>Restam-lhe %1 páginas.</translation>
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
        <translation>%1 está em Os meus documentos.</translation>
    </message>
    <message>
        <location filename="../window.py" line="282"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>Há demasiadas páginas abertas. Feche uma página (✕ no separador) para abrir outra.</translation>
    </message>
    <message>
        <location filename="../window.py" line="355"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>A sua sessão está a terminar. Tudo será apagado dentro de alguns segundos.</translation>
    </message>
    <message>
        <location filename="../window.py" line="369"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>Abra uma página de um serviço para a imprimir, ou escolha aqui um documento.</translation>
    </message>
    <message>
        <location filename="../window.py" line="379"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>Esta página não pode ser impressa. Tente de novo ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>Não há nenhuma impressora neste computador. Avise a receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="405"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>A imprimir… Vá buscar as suas páginas à impressora.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>Não lhe restam páginas suficientes no código. Pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="432"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Agora não é possível contar as páginas. Tente dentro de um minuto ou pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="435"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>A impressão não foi feita. Nenhuma página foi contada. Avise a receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Help is on its way</source>
        <translation>A receção foi avisada</translation>
    </message>
    <message>
        <location filename="../window.py" line="489"/>
        <source>The reception has your request. Someone will answer you here or come to you.</source>
        <translation>A receção recebeu o seu pedido. Alguém vai responder-lhe aqui ou vir ter consigo.</translation>
    </message>
    <message>
        <location filename="../window.py" line="509"/>
        <source>Ask for help</source>
        <translation>Pedir ajuda</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>The request could not be sent. Raise your hand or go to the reception.</source>
        <translation>Não foi possível enviar o pedido. Levante a mão ou vá à receção.</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>The reception gives you %1 more minutes.</source>
        <translation>A receção dá-lhe mais %1 minutos.</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>The reception cannot give more time now. Save or print what you need.</source>
        <translation>A receção não pode dar mais tempo agora. Guarde ou imprima o que precisa.</translation>
    </message>
    <message>
        <location filename="../window.py" line="522"/>
        <source>Someone from the reception is coming to you.</source>
        <translation>Alguém da receção vem ter consigo.</translation>
    </message>
    <message>
        <location filename="../window.py" line="671"/>
        <source>all day</source>
        <translation>todo o dia</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <location filename="../dialogs.py" line="180"/>
        <source>Ask the reception for more time</source>
        <translation>Pedir mais tempo à receção</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Your session will end soon</source>
        <translation>A sua sessão vai terminar em breve</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="185"/>
        <source>Save or print what you need now. At the end, everything on this computer is erased.</source>
        <translation>Guarde ou imprima agora o que precisa. No fim, tudo é apagado deste computador.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>I understand</source>
        <translation>Percebi</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191"/>
        <source>Time left: %1 min %2 s</source>
        <translation>Tempo restante: %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../toasts.py" line="29"/>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="30"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="31"/>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="32"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="33"/>
        <source>Message from the reception</source>
        <translation>Mensagem da receção</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="62"/>
        <source>I have read it</source>
        <translation>Já li</translation>
    </message>
</context>
</TS>
