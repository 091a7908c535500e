<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="61"/>
        <source>This site is not available on this computer</source>
        <translation>Цей сайт недоступний на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <location filename="../browser.py" line="63"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>Для вашої безпеки цей комп&apos;ютер відкриває лише сайти служб з головного екрана. Якщо вам потрібен інший сайт, зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="67"/>
        <source>This page stopped working</source>
        <translation>Ця сторінка перестала працювати</translation>
    </message>
    <message>
        <location filename="../browser.py" line="69"/>
        <source>Go back, then open the page again. If it happens again, ask at the reception.</source>
        <translation>Поверніться назад і відкрийте сторінку знову. Якщо це повториться, зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="46"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../browser.py" line="48"/>
        <source>Go back to the previous page</source>
        <translation>Повернутися на попередню сторінку</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Forward ▶</source>
        <translation>Вперед ▶</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Back to the list of services</source>
        <translation>Назад до списку служб</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Load the page again</source>
        <translation>Завантажити сторінку знову</translation>
    </message>
    <message>
        <location filename="../browser.py" line="198"/>
        <source>✕ Close this page</source>
        <translation>✕ Закрити цю сторінку</translation>
    </message>
    <message>
        <location filename="../browser.py" line="212"/>
        <source>✕ Close the page %1</source>
        <translation>✕ Закрити сторінку %1</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../picker.py" line="98"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../picker.py" line="99"/>
        <source>Attach</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../picker.py" line="119"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>У цьому сеансі ще немає документів. Спочатку завантажте або відскануйте документ.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="122"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>Торкніться документів, які треба надіслати (одного або кількох), потім «Додати».</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>Торкніться документа, який треба надіслати, потім «Додати».</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="63"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>Виберіть документ у списку, потім натисніть «Відкрити».</translation>
    </message>
    <message>
        <location filename="../documents.py" line="73"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>Цей PDF не вдається прочитати. Можливо, він пошкоджений.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="81"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>Такий документ не можна показати тут. Але його можна надіслати через форму на сайті.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="123"/>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <location filename="../documents.py" line="124"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>У вас ще немає документів. Тут з&apos;являються завантажені документи та відскановані сторінки. Наприкінці сеансу їх буде видалено.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="127"/>
        <source>Your documents</source>
        <translation>Ваші документи</translation>
    </message>
    <message>
        <location filename="../documents.py" line="128"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../documents.py" line="129"/>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <location filename="../documents.py" line="130"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../documents.py" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>Видалити «%1»? Відновити його буде неможливо.</translation>
    </message>
</context>
<context>
    <name>EndConfirmation</name>
    <message>
        <location filename="../sessionview.py" line="53"/>
        <source>End your session?</source>
        <translation>Завершити сеанс?</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="54"/>
        <source>Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>Усе, що ви робили на цьому комп&apos;ютері, буде видалено: сторінки, завантажені документи та скани.</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="57"/>
        <source>No, continue</source>
        <translation>Ні, продовжити</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="58"/>
        <source>Yes, end and erase</source>
        <translation>Так, завершити і видалити</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="200"/>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <location filename="../documents.py" line="201"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>Виберіть службу на головному екрані. На цьому комп&apos;ютері відкриваються лише сайти цих служб.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="203"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>«◀ Назад» і «Вперед ▶» переходять між сторінками. «A-» і «A+» зменшують або збільшують текст. «Головна» повертає до списку служб.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="205"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>«Друкувати» друкує сторінку, яку ви бачите, у межах сторінок вашого коду. «Сканувати» перетворює паперові сторінки на PDF, який можна надіслати через форму.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="207"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>«Мої документи» показує, що ви завантажили й відсканували під час цього сеансу.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="208"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>Коли закінчите, натисніть «Завершити мій сеанс»: усе буде видалено, і наступна людина нічого не побачить.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="210"/>
        <source>A question? Ask at the reception.</source>
        <translation>Є питання? Зверніться на рецепцію.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="151"/>
        <source>Nobody has touched this computer for a while. Without an answer, the session ends and everything is erased.</source>
        <translation>Ніхто не торкався комп&apos;ютера вже деякий час. Без відповіді сеанс завершиться, і все буде видалено.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="153"/>
        <source>I am continuing</source>
        <translation>Я продовжую</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>Ends in %1 s</source>
        <translation>Кінець через %1 с</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="236"/>
        <source>Enter your access code</source>
        <translation>Введіть код доступу</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="173"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>Код написаний на талоні, який вам дали на рецепції. Якщо потрібна допомога, зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="168"/>
        <source>Access code</source>
        <translation>Код доступу</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="169"/>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="170"/>
        <source>Erase the last symbol</source>
        <translation>Стерти останній символ</translation>
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
        <translation>Дякуємо за вашу відповідь.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="266"/>
        <source>Too many wrong codes on this computer. You can try again in %1 s.</source>
        <translation>Забагато неправильних кодів на цьому комп&apos;ютері. Спробуйте знову через %1 с.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="271"/>
        <source>You can type a code again.</source>
        <translation>Можна знову ввести код.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="233"/>
        <source>Open today: %1</source>
        <translation>Сьогодні відчинено: %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="234"/>
        <source>Closed today</source>
        <translation>Сьогодні зачинено</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="235"/>
        <source>The centre is closed now.</source>
        <translation>Центр зараз зачинений.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="183"/>
        <location filename="../lockscreen.py" line="285"/>
        <source>Checking the code…</source>
        <translation>Перевірка коду…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="172"/>
        <source>OK: open my session</source>
        <translation>OK: відкрити мій сеанс</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="177"/>
        <location filename="../lockscreen.py" line="296"/>
        <source>Session ended — everything has been erased.</source>
        <translation>Сеанс завершено — усе видалено.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="179"/>
        <location filename="../lockscreen.py" line="297"/>
        <source>Session ended.</source>
        <translation>Сеанс завершено.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="59"/>
        <source>Your answer</source>
        <translation>Ваша відповідь</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="52"/>
        <source>Pages of the document</source>
        <translation>Сторінки документа</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>All pages (%1)</source>
        <translation>Усі сторінки (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="58"/>
        <source>Only these pages:</source>
        <translation>Лише ці сторінки:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="64"/>
        <source>for example 1-3, 5</source>
        <translation>наприклад 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="65"/>
        <source>Pages to print</source>
        <translation>Сторінки для друку</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="68"/>
        <source>Number of copies</source>
        <translation>Кількість копій</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="84"/>
        <source>Copies:</source>
        <translation>Копії:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="120"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Цей документ не вдається прочитати, тому його не можна надрукувати.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="126"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>Сторінки від 1 до %1, наприклад 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="128"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>Напишіть сторінки так: 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="132"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 стор., але у вас залишилося %2. Виберіть менше сторінок або копій чи зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="137"/>
        <source>1 page — you will have %2 left</source>
        <translation>1 сторінка — залишиться %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="138"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 стор. — залишиться %2</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../printer_texts.py" line="19"/>
        <source>The printer cannot print right now.</source>
        <translation>Принтер зараз не може друкувати.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="21"/>
        <source>The printer works, with a warning.</source>
        <translation>Принтер працює, але є попередження.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="22"/>
        <source>The printer is ready.</source>
        <translation>Принтер готовий.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="28"/>
        <source>It is out of paper.</source>
        <translation>Закінчився папір.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="29"/>
        <source>It needs paper.</source>
        <translation>Потрібен папір.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="30"/>
        <source>Paper is jammed in it.</source>
        <translation>Застряг папір.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="31"/>
        <location filename="../printer_texts.py" line="32"/>
        <source>Its ink or toner is empty.</source>
        <translation>Закінчилося чорнило або тонер.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="33"/>
        <location filename="../printer_texts.py" line="34"/>
        <location filename="../printer_texts.py" line="35"/>
        <source>It does not answer.</source>
        <translation>Він не відповідає.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="36"/>
        <source>It is switched off.</source>
        <translation>Він вимкнений.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="37"/>
        <location filename="../printer_texts.py" line="38"/>
        <source>A door of the printer is open.</source>
        <translation>Відкрита дверцята принтера.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="39"/>
        <source>A paper tray is out.</source>
        <translation>Вийнято лоток для паперу.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="40"/>
        <source>Its output tray is full: take the printed sheets.</source>
        <translation>Вихідний лоток заповнений: заберіть надруковані аркуші.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="42"/>
        <location filename="../printer_texts.py" line="44"/>
        <source>It has been paused.</source>
        <translation>Його поставлено на паузу.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="43"/>
        <source>It has been stopped.</source>
        <translation>Його зупинено.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="45"/>
        <source>It is not set up on this computer.</source>
        <translation>Він не встановлений на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="46"/>
        <source>The printing service does not answer.</source>
        <translation>Служба друку не відповідає.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="58"/>
        <source>Tell the reception: they will fix it.</source>
        <translation>Повідомте рецепцію: там це виправлять.</translation>
    </message>
</context>
<context>
    <name>SatisfactionQuestion</name>
    <message>
        <location filename="../satisfaction.py" line="44"/>
        <source>Could you do what you wanted?</source>
        <translation>Чи вдалося вам зробити те, що ви хотіли?</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes, I could</source>
        <translation>Так, вдалося</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="48"/>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No, I could not</source>
        <translation>Ні, не вдалося</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip: do not answer</source>
        <translation>Пропустити: не відповідати</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../scandialog.py" line="72"/>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="74"/>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="75"/>
        <source>Document (black and white, light file)</source>
        <translation>Документ (чорно-білий, легкий файл)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="77"/>
        <source>Photo (colour)</source>
        <translation>Фото (кольорове)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="90"/>
        <source>Scanned pages</source>
        <translation>Відскановані сторінки</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Scan a page</source>
        <translation>Сканувати сторінку</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="97"/>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Give up</source>
        <translation>Відмовитися</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="100"/>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="117"/>
        <source>Looking for the scanner…</source>
        <translation>Пошук сканера…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="130"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>Жоден сканер не відповідає. Перевірте, чи він увімкнений, або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="151"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>Сканування… Не піднімайте кришку.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="177"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>Сторінку %1 відскановано. Відскануйте ще одну або збережіть.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="187"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>Сканування зупинено. Цю сторінку не враховано.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="189"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>З цим кодом більше не можна сканувати. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="192"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Зараз неможливо порахувати сторінки. Спробуйте за хвилину або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="197"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>Сканер не зміг прочитати сторінку. Перевірте аркуш і кришку та спробуйте знову. Цю сторінку не враховано.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="211"/>
        <source>Scanned document %1.pdf</source>
        <translation>Відсканований документ %1.pdf</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="217"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>Не вдалося зберегти документ. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="223"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>У вашому сеансі недостатньо місця для цього документа. Закрийте це вікно, видаліть документи в «Мої документи» і скануйте знову. Ці сторінки не буде враховано.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="272"/>
        <source>Put the page face down on the glass, then press Scan a page. You can scan %1 more pages.</source>
        <translation>Покладіть аркуш лицем донизу на скло, потім натисніть «Сканувати сторінку». Можна відсканувати ще %1 стор.</translation>
    </message>
</context>
<context>
    <name>SessionDownloads</name>
    <message>
        <location filename="../guard.py" line="241"/>
        <source>This document is too large for the space left in your session (%1). It was not downloaded. Delete documents in My documents to make room.</source>
        <translation>Цей документ завеликий для вільного місця у вашому сеансі (%1). Його не завантажено. Видаліть документи в «Мої документи», щоб звільнити місце.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="265"/>
        <source>The download was stopped: the space for your session&apos;s documents (%1) is full. Delete documents in My documents to make room.</source>
        <translation>Завантаження зупинено: місце для документів вашого сеансу (%1) заповнене. Видаліть документи в «Мої документи», щоб звільнити місце.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="276"/>
        <source>The download did not finish. Try again, or ask at the reception.</source>
        <translation>Завантаження не завершилося. Спробуйте знову або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="281"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../sessionview.py" line="136"/>
        <source>Time left</source>
        <translation>Залишилося часу</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="137"/>
        <location filename="../sessionview.py" line="138"/>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="139"/>
        <source>End my session</source>
        <translation>Завершити мій сеанс</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="141"/>
        <location filename="../sessionview.py" line="199"/>
        <source>Ask for help</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="143"/>
        <source>Help is on its way</source>
        <translation>Рецепцію повідомлено</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>✕ Close</source>
        <translation>✕ Закрити</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="146"/>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="149"/>
        <source>✕ Close this panel</source>
        <translation>✕ Закрити цю панель</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="186"/>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../window.py" line="216"/>
        <source>This computer cannot open a session right now. Please ask at the reception.</source>
        <translation>Цей комп&apos;ютер зараз не може відкрити сеанс. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>Щось пішло не так. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>Поки мережа не працює, цей комп&apos;ютер не знає цього коду. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>Цей код не може відкрити сеанс. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <location filename="../window.py" line="265"/>
        <source>The centre is closed now.</source>
        <translation>Центр зараз зачинений.</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>Код введено з помилкою: літера або цифра не збігається. Перевірте талон і введіть код знову.</translation>
    </message>
    <message>
        <location filename="../window.py" line="240"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>Такого коду не існує. Перевірте талон або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="244"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>Час цього коду вичерпано. Попросіть новий код на рецепції.</translation>
    </message>
    <message>
        <location filename="../window.py" line="246"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>Термін дії цього коду минув. Попросіть новий код на рецепції.</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>Цей код скасовано. Попросіть новий код на рецепції.</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>Цей код ще не діє. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>Цей код уже використовується на іншому комп&apos;ютері. Спочатку завершіть той сеанс або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>Цей комп&apos;ютер несправний. Скористайтеся іншим або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="421"/>
        <source>Printed: 1 page.</source>
        <translation>Надруковано: 1 сторінка.</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Printed: %1 pages.</source>
        <translation>Надруковано: %1 стор.</translation>
    </message>
    <message>
        <location filename="../window.py" line="423"/>
        <source>You have 1 page left.</source>
        <translation>У вас залишилася 1 сторінка.</translation>
    </message>
    <message>
        <location filename="../window.py" line="424"/>
        <source>You have %1 pages left.</source>
        <translation>У вас залишилося %1 стор.</translation>
    </message>
    <message>
        <location filename="../window.py" line="466"/>
        <source>View</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <location filename="../window.py" line="468"/>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <location filename="../window.py" line="469"/>
        <source>%1 is in My documents.</source>
        <translation>%1 — у «Мої документи».</translation>
    </message>
    <message>
        <location filename="../window.py" line="282"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>Відкрито забагато сторінок. Закрийте сторінку (✕ на її вкладці), щоб відкрити іншу.</translation>
    </message>
    <message>
        <location filename="../window.py" line="355"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>Ваш сеанс завершується. За кілька секунд усе буде видалено.</translation>
    </message>
    <message>
        <location filename="../window.py" line="369"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>Відкрийте сторінку служби, щоб її надрукувати, або виберіть тут документ.</translation>
    </message>
    <message>
        <location filename="../window.py" line="379"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>Цю сторінку не можна надрукувати. Спробуйте знову або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>На цьому комп&apos;ютері немає принтера. Повідомте рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="405"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>Друк… Заберіть сторінки з принтера.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>На вашому коді недостатньо сторінок. Зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="432"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>Зараз неможливо порахувати сторінки. Спробуйте за хвилину або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="435"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>Друк не відбувся. Жодну сторінку не враховано. Повідомте рецепцію.</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Help is on its way</source>
        <translation>Рецепцію повідомлено</translation>
    </message>
    <message>
        <location filename="../window.py" line="489"/>
        <source>The reception has your request. Someone will answer you here or come to you.</source>
        <translation>Рецепція отримала ваш запит. Вам відповідять тут або підійдуть до вас.</translation>
    </message>
    <message>
        <location filename="../window.py" line="509"/>
        <source>Ask for help</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>The request could not be sent. Raise your hand or go to the reception.</source>
        <translation>Не вдалося надіслати запит. Підніміть руку або підійдіть до рецепції.</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>The reception gives you %1 more minutes.</source>
        <translation>Рецепція дає вам ще %1 хв.</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>The reception cannot give more time now. Save or print what you need.</source>
        <translation>Рецепція зараз не може дати більше часу. Збережіть або надрукуйте те, що потрібно.</translation>
    </message>
    <message>
        <location filename="../window.py" line="522"/>
        <source>Someone from the reception is coming to you.</source>
        <translation>Хтось із рецепції підходить до вас.</translation>
    </message>
    <message>
        <location filename="../window.py" line="671"/>
        <source>all day</source>
        <translation>увесь день</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <location filename="../dialogs.py" line="180"/>
        <source>Ask the reception for more time</source>
        <translation>Попросити в рецепції більше часу</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Your session will end soon</source>
        <translation>Ваш сеанс скоро завершиться</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="185"/>
        <source>Save or print what you need now. At the end, everything on this computer is erased.</source>
        <translation>Збережіть або надрукуйте зараз те, що потрібно. Наприкінці все на цьому комп&apos;ютері видаляється.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>I understand</source>
        <translation>Зрозуміло</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191"/>
        <source>Time left: %1 min %2 s</source>
        <translation>Залишилося: %1 хв %2 с</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../toasts.py" line="29"/>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="30"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="31"/>
        <source>Warning</source>
        <translation>Увага</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="32"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="33"/>
        <source>Message from the reception</source>
        <translation>Повідомлення від рецепції</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="62"/>
        <source>I have read it</source>
        <translation>Я прочитав(ла)</translation>
    </message>
</context>
</TS>
