<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BlockedPanel</name>
    <message>
        <location filename="../browser.py" line="61"/>
        <source>This site is not available on this computer</source>
        <translation>هذا الموقع غير متاح على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../browser.py" line="63"/>
        <source>For your safety, this computer only opens the sites of the services on the home screen. Ask at the reception if you need another site.</source>
        <translation>من أجل سلامتك، لا يفتح هذا الحاسوب إلا مواقع الخدمات الموجودة في الشاشة الرئيسية. اسأل في الاستقبال إذا احتجت إلى موقع آخر.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="67"/>
        <source>This page stopped working</source>
        <translation>توقفت هذه الصفحة عن العمل</translation>
    </message>
    <message>
        <location filename="../browser.py" line="69"/>
        <source>Go back, then open the page again. If it happens again, ask at the reception.</source>
        <translation>ارجع ثم افتح الصفحة من جديد. إذا تكرر ذلك، اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../browser.py" line="46"/>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../browser.py" line="48"/>
        <source>Go back to the previous page</source>
        <translation>الرجوع إلى الصفحة السابقة</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>◀ Back</source>
        <translation>▶ رجوع</translation>
    </message>
    <message>
        <location filename="../browser.py" line="148"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Forward ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location filename="../browser.py" line="149"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../browser.py" line="150"/>
        <source>Back to the list of services</source>
        <translation>الرجوع إلى قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <location filename="../browser.py" line="152"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../browser.py" line="153"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../browser.py" line="154"/>
        <source>Load the page again</source>
        <translation>تحميل الصفحة من جديد</translation>
    </message>
    <message>
        <location filename="../browser.py" line="198"/>
        <source>✕ Close this page</source>
        <translation>✕ إغلاق هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../browser.py" line="212"/>
        <source>✕ Close the page %1</source>
        <translation>✕ إغلاق الصفحة %1</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../picker.py" line="98"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../picker.py" line="99"/>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <location filename="../picker.py" line="119"/>
        <source>You have no document yet in this session. Download one or scan one first.</source>
        <translation>لا توجد لديك وثائق في هذه الجلسة بعد. نزّل وثيقة أو امسحها ضوئيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../picker.py" line="122"/>
        <source>Tap the documents to send (one or more), then Attach.</source>
        <translation>المس الوثائق التي تريد إرسالها (واحدة أو أكثر)، ثم «إرفاق».</translation>
    </message>
    <message>
        <location filename="../picker.py" line="123"/>
        <source>Tap the document to send, then Attach.</source>
        <translation>المس الوثيقة التي تريد إرسالها، ثم «إرفاق».</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../documents.py" line="63"/>
        <source>Choose a document in the list, then press Open.</source>
        <translation>اختر وثيقة من القائمة، ثم اضغط «فتح».</translation>
    </message>
    <message>
        <location filename="../documents.py" line="73"/>
        <source>This PDF document cannot be read. It may be damaged.</source>
        <translation>لا يمكن قراءة ملف PDF هذا. قد يكون تالفًا.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="81"/>
        <source>This kind of document cannot be shown here. You can still send it in a form of a website.</source>
        <translation>لا يمكن عرض هذا النوع من الوثائق هنا. يمكنك مع ذلك إرساله في استمارة على موقع.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../documents.py" line="123"/>
        <source>My documents</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <location filename="../documents.py" line="124"/>
        <source>You have no document yet. Documents you download and pages you scan appear here. They are erased at the end of your session.</source>
        <translation>لا توجد لديك وثائق بعد. تظهر هنا الوثائق التي تنزّلها والصفحات التي تمسحها ضوئيًا. تُحذف في نهاية الجلسة.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="127"/>
        <source>Your documents</source>
        <translation>وثائقك</translation>
    </message>
    <message>
        <location filename="../documents.py" line="128"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../documents.py" line="129"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../documents.py" line="130"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../documents.py" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>حذف «%1»؟ لا يمكن استرجاعه.</translation>
    </message>
</context>
<context>
    <name>EndConfirmation</name>
    <message>
        <location filename="../sessionview.py" line="53"/>
        <source>End your session?</source>
        <translation>إنهاء جلستك؟</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="54"/>
        <source>Everything you did on this computer will be erased: pages, downloaded documents and scans.</source>
        <translation>سيُحذف كل ما فعلته على هذا الحاسوب: الصفحات والوثائق المنزّلة والمسح الضوئي.</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="57"/>
        <source>No, continue</source>
        <translation>لا، أتابع</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="58"/>
        <source>Yes, end and erase</source>
        <translation>نعم، إنهاء وحذف</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../documents.py" line="200"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../documents.py" line="201"/>
        <source>Choose a service on the home screen. Only the sites of these services open on this computer.</source>
        <translation>اختر خدمة من الشاشة الرئيسية. لا تُفتح على هذا الحاسوب إلا مواقع هذه الخدمات.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="203"/>
        <source>◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller or larger. Home brings back the list of services.</source>
        <translation>«رجوع» و«التالي» للتنقل بين الصفحات. «A-» و«A+» لتصغير النص أو تكبيره. «الرئيسية» تعيدك إلى قائمة الخدمات.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="205"/>
        <source>Print prints the page you see, within the pages your code allows. Scan turns paper pages into a PDF document that you can send in a form.</source>
        <translation>«طباعة» تطبع الصفحة التي تراها، في حدود الصفحات التي يسمح بها رمزك. «مسح ضوئي» يحوّل الأوراق إلى وثيقة PDF يمكنك إرسالها في استمارة.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="207"/>
        <source>My documents lists what you downloaded and scanned during this session.</source>
        <translation>«وثائقي» تعرض ما نزّلته ومسحته ضوئيًا في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="208"/>
        <source>When you have finished, press End my session: everything you did is erased, so the next person sees nothing of it.</source>
        <translation>عندما تنتهي، اضغط «إنهاء جلستي»: يُحذف كل ما فعلته، فلا يرى الشخص التالي شيئًا منه.</translation>
    </message>
    <message>
        <location filename="../documents.py" line="210"/>
        <source>A question? Ask at the reception.</source>
        <translation>عندك سؤال؟ اسأل في الاستقبال.</translation>
    </message>
</context>
<context>
    <name>IdleCheck</name>
    <message>
        <location filename="../dialogs.py" line="150"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="151"/>
        <source>Nobody has touched this computer for a while. Without an answer, the session ends and everything is erased.</source>
        <translation>لم يلمس أحد الحاسوب منذ مدة. بدون جواب، تنتهي الجلسة ويُحذف كل شيء.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="153"/>
        <source>I am continuing</source>
        <translation>أتابع</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="156"/>
        <source>Ends in %1 s</source>
        <translation>تنتهي بعد %1 ث</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lockscreen.py" line="236"/>
        <source>Enter your access code</source>
        <translation>اكتب رمز الدخول</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="173"/>
        <source>The code is on the slip the reception gave you. Ask at the reception if you need help.</source>
        <translation>الرمز مكتوب على الورقة التي أعطاك إياها الاستقبال. اسأل في الاستقبال إذا احتجت إلى مساعدة.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="168"/>
        <source>Access code</source>
        <translation>رمز الدخول</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="169"/>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="170"/>
        <source>Erase the last symbol</source>
        <translation>مسح آخر رمز</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="171"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="181"/>
        <location filename="../lockscreen.py" line="312"/>
        <source>Thank you for your answer.</source>
        <translation>شكرًا على إجابتك.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="266"/>
        <source>Too many wrong codes on this computer. You can try again in %1 s.</source>
        <translation>رموز خاطئة كثيرة على هذا الحاسوب. يمكنك المحاولة من جديد بعد %1 ث.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="271"/>
        <source>You can type a code again.</source>
        <translation>يمكنك كتابة رمز من جديد.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="233"/>
        <source>Open today: %1</source>
        <translation>مفتوح اليوم: %1</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="234"/>
        <source>Closed today</source>
        <translation>مغلق اليوم</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="235"/>
        <source>The centre is closed now.</source>
        <translation>المركز مغلق الآن.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="183"/>
        <location filename="../lockscreen.py" line="285"/>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="172"/>
        <source>OK: open my session</source>
        <translation>موافق: فتح جلستي</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="177"/>
        <location filename="../lockscreen.py" line="296"/>
        <source>Session ended — everything has been erased.</source>
        <translation>انتهت الجلسة — حُذف كل شيء.</translation>
    </message>
    <message>
        <location filename="../lockscreen.py" line="179"/>
        <location filename="../lockscreen.py" line="297"/>
        <source>Session ended.</source>
        <translation>انتهت الجلسة.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../dialogs.py" line="59"/>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../printdialog.py" line="45"/>
        <location filename="../printdialog.py" line="77"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="52"/>
        <source>Pages of the document</source>
        <translation>صفحات الوثيقة</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="56"/>
        <source>All pages (%1)</source>
        <translation>كل الصفحات (%1)</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="58"/>
        <source>Only these pages:</source>
        <translation>هذه الصفحات فقط:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="64"/>
        <source>for example 1-3, 5</source>
        <translation>مثلًا 1-3, 5</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="65"/>
        <source>Pages to print</source>
        <translation>الصفحات المطلوب طباعتها</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="68"/>
        <source>Number of copies</source>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="76"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="84"/>
        <source>Copies:</source>
        <translation>النسخ:</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="120"/>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>لا يمكن قراءة هذه الوثيقة، لذلك لا يمكن طباعتها.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="126"/>
        <source>Pages between 1 and %1, for example 1-3, 5.</source>
        <translation>صفحات بين 1 و%1، مثلًا 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="128"/>
        <source>Write the pages like this: 1-3, 5.</source>
        <translation>اكتب الصفحات هكذا: 1-3, 5.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="132"/>
        <source>%1 pages, but you have %2 left. Choose fewer pages or copies, or ask at the reception.</source>
        <translation>%1 صفحة، لكن بقي لك %2 فقط. اختر صفحات أو نسخًا أقل، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="137"/>
        <source>1 page — you will have %2 left</source>
        <translation>صفحة واحدة — سيبقى لك %2</translation>
    </message>
    <message>
        <location filename="../printdialog.py" line="138"/>
        <source>%1 pages — you will have %2 left</source>
        <translation>%1 صفحة — سيبقى لك %2</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <location filename="../printer_texts.py" line="19"/>
        <source>The printer cannot print right now.</source>
        <translation>لا تستطيع الطابعة الطباعة الآن.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="21"/>
        <source>The printer works, with a warning.</source>
        <translation>الطابعة تعمل، مع تنبيه.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="22"/>
        <source>The printer is ready.</source>
        <translation>الطابعة جاهزة.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="28"/>
        <source>It is out of paper.</source>
        <translation>نفد الورق.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="29"/>
        <source>It needs paper.</source>
        <translation>تحتاج إلى ورق.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="30"/>
        <source>Paper is jammed in it.</source>
        <translation>علقت ورقة داخلها.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="31"/>
        <location filename="../printer_texts.py" line="32"/>
        <source>Its ink or toner is empty.</source>
        <translation>نفد الحبر أو مسحوق الحبر.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="33"/>
        <location filename="../printer_texts.py" line="34"/>
        <location filename="../printer_texts.py" line="35"/>
        <source>It does not answer.</source>
        <translation>لا تستجيب.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="36"/>
        <source>It is switched off.</source>
        <translation>مطفأة.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="37"/>
        <location filename="../printer_texts.py" line="38"/>
        <source>A door of the printer is open.</source>
        <translation>باب الطابعة مفتوح.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="39"/>
        <source>A paper tray is out.</source>
        <translation>درج الورق منزوع.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="40"/>
        <source>Its output tray is full: take the printed sheets.</source>
        <translation>درج الخروج ممتلئ: خذ الأوراق المطبوعة.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="42"/>
        <location filename="../printer_texts.py" line="44"/>
        <source>It has been paused.</source>
        <translation>أُوقفت مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="43"/>
        <source>It has been stopped.</source>
        <translation>أُوقفت.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="45"/>
        <source>It is not set up on this computer.</source>
        <translation>غير مثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="46"/>
        <source>The printing service does not answer.</source>
        <translation>خدمة الطباعة لا تستجيب.</translation>
    </message>
    <message>
        <location filename="../printer_texts.py" line="58"/>
        <source>Tell the reception: they will fix it.</source>
        <translation>أخبر الاستقبال: سيصلحون المشكلة.</translation>
    </message>
</context>
<context>
    <name>SatisfactionQuestion</name>
    <message>
        <location filename="../satisfaction.py" line="44"/>
        <source>Could you do what you wanted?</source>
        <translation>هل استطعت أن تفعل ما أردت؟</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="47"/>
        <source>Yes, I could</source>
        <translation>نعم، استطعت</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="48"/>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="49"/>
        <source>No, I could not</source>
        <translation>لا، لم أستطع</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <location filename="../satisfaction.py" line="50"/>
        <source>Skip: do not answer</source>
        <translation>تخطَّ: لا أريد الإجابة</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../scandialog.py" line="72"/>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="74"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="75"/>
        <source>Document (black and white, light file)</source>
        <translation>وثيقة (أبيض وأسود، ملف خفيف)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="77"/>
        <source>Photo (colour)</source>
        <translation>صورة (بالألوان)</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="90"/>
        <source>Scanned pages</source>
        <translation>الصفحات الممسوحة</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="96"/>
        <source>Scan a page</source>
        <translation>مسح صفحة</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="97"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="99"/>
        <source>Give up</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="100"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="117"/>
        <source>Looking for the scanner…</source>
        <translation>جارٍ البحث عن الماسح الضوئي…</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="130"/>
        <source>No scanner answers. Check that it is on, or ask at the reception.</source>
        <translation>لا يستجيب أي ماسح ضوئي. تأكد أنه مشغّل، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="151"/>
        <source>Scanning… Do not lift the lid.</source>
        <translation>جارٍ المسح… لا ترفع الغطاء.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="177"/>
        <source>Page %1 scanned. Scan another page, or save.</source>
        <translation>تم مسح الصفحة %1. امسح صفحة أخرى، أو احفظ.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="187"/>
        <source>Scanning stopped. This page was not counted.</source>
        <translation>توقف المسح. لم تُحسب هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="189"/>
        <source>You cannot scan more pages with this code. Ask at the reception.</source>
        <translation>لا يمكنك مسح صفحات أخرى بهذا الرمز. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="192"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>لا يمكن عدّ الصفحات الآن. حاول بعد دقيقة، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="197"/>
        <source>The scanner could not read the page. Check the page and the lid, then try again. This page was not counted.</source>
        <translation>لم يستطع الماسح قراءة الصفحة. تحقق من الورقة والغطاء، ثم حاول من جديد. لم تُحسب هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="211"/>
        <source>Scanned document %1.pdf</source>
        <translation>وثيقة ممسوحة %1.pdf</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="217"/>
        <source>The document could not be saved. Ask at the reception.</source>
        <translation>تعذّر حفظ الوثيقة. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="223"/>
        <source>There is not enough room left in your session for this document. Close this window, delete documents in My documents, then scan again. These pages will not be counted.</source>
        <translation>لا توجد مساحة كافية في جلستك لهذه الوثيقة. أغلق هذه النافذة، واحذف وثائق من «وثائقي»، ثم امسح من جديد. لن تُحسب هذه الصفحات.</translation>
    </message>
    <message>
        <location filename="../scandialog.py" line="272"/>
        <source>Put the page face down on the glass, then press Scan a page. You can scan %1 more pages.</source>
        <translation>ضع الورقة على الزجاج ووجهها إلى الأسفل، ثم اضغط «مسح صفحة». يمكنك مسح %1 صفحة أخرى.</translation>
    </message>
</context>
<context>
    <name>SessionDownloads</name>
    <message>
        <location filename="../guard.py" line="241"/>
        <source>This document is too large for the space left in your session (%1). It was not downloaded. Delete documents in My documents to make room.</source>
        <translation>هذه الوثيقة أكبر من المساحة المتبقية في جلستك (%1). لم يتم تنزيلها. احذف وثائق من «وثائقي» لتوفير مساحة.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="265"/>
        <source>The download was stopped: the space for your session&apos;s documents (%1) is full. Delete documents in My documents to make room.</source>
        <translation>توقف التنزيل: مساحة وثائق جلستك (%1) ممتلئة. احذف وثائق من «وثائقي» لتوفير مساحة.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="276"/>
        <source>The download did not finish. Try again, or ask at the reception.</source>
        <translation>لم يكتمل التنزيل. حاول من جديد، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../guard.py" line="281"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../sessionview.py" line="136"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="137"/>
        <location filename="../sessionview.py" line="138"/>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="139"/>
        <source>End my session</source>
        <translation>إنهاء جلستي</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="141"/>
        <location filename="../sessionview.py" line="199"/>
        <source>Ask for help</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="143"/>
        <source>Help is on its way</source>
        <translation>تم إبلاغ الاستقبال</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>✕ Close</source>
        <translation>✕ إغلاق</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="144"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="145"/>
        <source>My documents</source>
        <translation>وثائقي</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="146"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="149"/>
        <source>✕ Close this panel</source>
        <translation>✕ إغلاق هذه اللوحة</translation>
    </message>
    <message>
        <location filename="../sessionview.py" line="186"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../window.py" line="216"/>
        <source>This computer cannot open a session right now. Please ask at the reception.</source>
        <translation>لا يستطيع هذا الحاسوب فتح جلسة الآن. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>Something went wrong. Please ask at the reception.</source>
        <translation>حدث خطأ. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>This code is not known to this computer while the network is down. Ask at the reception.</source>
        <translation>هذا الرمز غير معروف لهذا الحاسوب ما دامت الشبكة متوقفة. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="257"/>
        <source>This code cannot open a session. Ask at the reception.</source>
        <translation>لا يمكن لهذا الرمز فتح جلسة. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <location filename="../window.py" line="265"/>
        <source>The centre is closed now.</source>
        <translation>المركز مغلق الآن.</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>This code is mistyped: a letter or a figure does not match. Check the slip and type it again.</source>
        <translation>في الرمز خطأ في الكتابة: حرف أو رقم غير صحيح. راجع الورقة واكتبه من جديد.</translation>
    </message>
    <message>
        <location filename="../window.py" line="240"/>
        <source>This code does not exist. Check the slip, or ask at the reception.</source>
        <translation>هذا الرمز غير موجود. راجع الورقة، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="244"/>
        <source>The time of this code is used up. Ask at the reception for a new code.</source>
        <translation>انتهى وقت هذا الرمز. اطلب رمزًا جديدًا من الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="246"/>
        <source>This code has expired. Ask at the reception for a new code.</source>
        <translation>انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا من الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="248"/>
        <source>This code was cancelled. Ask at the reception for a new code.</source>
        <translation>أُلغي هذا الرمز. اطلب رمزًا جديدًا من الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="250"/>
        <source>This code is not valid yet. Ask at the reception.</source>
        <translation>هذا الرمز غير صالح بعد. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="251"/>
        <source>This code is already in use on another computer. End that session first, or ask at the reception.</source>
        <translation>هذا الرمز مستعمل الآن على حاسوب آخر. أنهِ تلك الجلسة أولًا، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="254"/>
        <source>This computer is out of order. Please use another one, or ask at the reception.</source>
        <translation>هذا الحاسوب معطّل. استعمل حاسوبًا آخر، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="421"/>
        <source>Printed: 1 page.</source>
        <translation>تمت الطباعة: صفحة واحدة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Printed: %1 pages.</source>
        <translation>تمت الطباعة: %1 صفحة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="423"/>
        <source>You have 1 page left.</source>
        <translation>بقيت لك صفحة واحدة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="424"/>
        <source>You have %1 pages left.</source>
        <translation>بقي لك %1 صفحة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="466"/>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../window.py" line="468"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../window.py" line="469"/>
        <source>%1 is in My documents.</source>
        <translation>%1 موجود في «وثائقي».</translation>
    </message>
    <message>
        <location filename="../window.py" line="282"/>
        <source>Too many pages are open. Close a page (✕ on its tab) to open another one.</source>
        <translation>الصفحات المفتوحة كثيرة. أغلق صفحة (✕ على تبويبها) لتفتح أخرى.</translation>
    </message>
    <message>
        <location filename="../window.py" line="355"/>
        <source>Your session is ending. Everything will be erased in a few seconds.</source>
        <translation>جلستك تنتهي. سيُحذف كل شيء بعد ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../window.py" line="369"/>
        <source>Open a page of a service to print it, or choose a document here.</source>
        <translation>افتح صفحة خدمة لطباعتها، أو اختر وثيقة هنا.</translation>
    </message>
    <message>
        <location filename="../window.py" line="379"/>
        <source>This page cannot be printed. Try again, or ask at the reception.</source>
        <translation>لا يمكن طباعة هذه الصفحة. حاول من جديد، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="390"/>
        <source>No printer is set up on this computer. Tell the reception.</source>
        <translation>لا توجد طابعة على هذا الحاسوب. أخبر الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="405"/>
        <source>Printing… Wait for your pages at the printer.</source>
        <translation>جارٍ الطباعة… خذ أوراقك من الطابعة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="427"/>
        <source>Not enough pages left on your code. Ask at the reception.</source>
        <translation>لم تبقَ صفحات كافية في رمزك. اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="432"/>
        <source>Pages cannot be counted right now. Try again in a minute, or ask at the reception.</source>
        <translation>لا يمكن عدّ الصفحات الآن. حاول بعد دقيقة، أو اسأل في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="435"/>
        <source>The printing did not go through. No page was counted. Tell the reception.</source>
        <translation>لم تتم الطباعة. لم تُحسب أي صفحة. أخبر الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="485"/>
        <source>Help is on its way</source>
        <translation>تم إبلاغ الاستقبال</translation>
    </message>
    <message>
        <location filename="../window.py" line="489"/>
        <source>The reception has your request. Someone will answer you here or come to you.</source>
        <translation>وصل طلبك إلى الاستقبال. سيجيبك أحد هنا أو يأتي إليك.</translation>
    </message>
    <message>
        <location filename="../window.py" line="509"/>
        <source>Ask for help</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>The request could not be sent. Raise your hand or go to the reception.</source>
        <translation>تعذّر إرسال الطلب. ارفع يدك أو اذهب إلى الاستقبال.</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>The reception gives you %1 more minutes.</source>
        <translation>يمنحك الاستقبال %1 دقيقة إضافية.</translation>
    </message>
    <message>
        <location filename="../window.py" line="519"/>
        <source>The reception cannot give more time now. Save or print what you need.</source>
        <translation>لا يستطيع الاستقبال منح وقت إضافي الآن. احفظ أو اطبع ما تحتاج إليه.</translation>
    </message>
    <message>
        <location filename="../window.py" line="522"/>
        <source>Someone from the reception is coming to you.</source>
        <translation>أحد موظفي الاستقبال قادم إليك.</translation>
    </message>
    <message>
        <location filename="../window.py" line="671"/>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <location filename="../dialogs.py" line="180"/>
        <source>Ask the reception for more time</source>
        <translation>طلب وقت إضافي من الاستقبال</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Your session will end soon</source>
        <translation>ستنتهي جلستك قريبًا</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="185"/>
        <source>Save or print what you need now. At the end, everything on this computer is erased.</source>
        <translation>احفظ أو اطبع الآن ما تحتاج إليه. في النهاية يُحذف كل شيء من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="187"/>
        <source>I understand</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="191"/>
        <source>Time left: %1 min %2 s</source>
        <translation>الوقت المتبقي: %1 د %2 ث</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../toasts.py" line="29"/>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="30"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="31"/>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="32"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="33"/>
        <source>Message from the reception</source>
        <translation>رسالة من الاستقبال</translation>
    </message>
    <message>
        <location filename="../toasts.py" line="62"/>
        <source>I have read it</source>
        <translation>قرأتها</translation>
    </message>
</context>
</TS>
