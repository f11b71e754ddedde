<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="74"/>
        <source>The library {path} is in good order.</source>
        <translation>Библиотека {path} в порядке.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="79"/>
        <source>{n} broken links between records</source>
        <translation>Нарушенных связей между записями: {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="80"/>
        <source>The library {path} has problems: {problems}. Restore a backup from the File menu.</source>
        <translation>В библиотеке {path} есть проблемы: {problems}. Восстановите резервную копию через меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="82"/>
        <source>Contents: {counts}. Backups kept: {n}.</source>
        <translation>Содержимое: {counts}. Хранится резервных копий: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>made by you</source>
        <translation>сделана вами</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="100"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="281"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="288"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="304"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="309"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="334"/>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="110"/>
        <source>Your library is replaced by the backup you choose. The current library is kept beside it and backed up first, so nothing is lost.</source>
        <translation>Библиотека будет заменена выбранной резервной копией. Текущая библиотека сначала сохраняется и остаётся рядом, так что ничего не теряется.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="115"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="181"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="182"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Не удаётся открыть библиотеку: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="189"/>
        <source>The damaged file was kept as {path}; it was not deleted.</source>
        <translation>Повреждённый файл сохранён как {path}; он не удалён.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="190"/>
        <source>The damaged file was left in place.</source>
        <translation>Повреждённый файл оставлен на месте.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="192"/>
        <source>Your library file is missing. It was not replaced by a new, empty library.</source>
        <translation>Файл вашей библиотеки отсутствует. Он не был заменён новой пустой библиотекой.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="194"/>
        <source>An earlier copy was kept as {path}.</source>
        <translation>Более ранняя копия сохранена как {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="197"/>
        <source>Your library file is damaged ({detail}).</source>
        <translation>Файл вашей библиотеки повреждён ({detail}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="203"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="209"/>
        <source>Library damaged</source>
        <translation>Библиотека повреждена</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="200"/>
        <source>No good backup was found. Chinese Teach will start with the library unavailable; ask for help before changing the files.</source>
        <translation>Исправная резервная копия не найдена. Chinese Teach запустится без библиотеки; прежде чем менять файлы, обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="206"/>
        <source>Restore the newest good backup, from {when} UTC? Changes made after that backup are not in it.</source>
        <translation>Восстановить последнюю исправную копию от {when} UTC? Изменений, сделанных после неё, в ней нет.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="222"/>
        <source>Library restored</source>
        <translation>Библиотека восстановлена</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="223"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="335"/>
        <source>The backup from {when} UTC was restored.</source>
        <translation>Резервная копия от {when} UTC восстановлена.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="238"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="254"/>
        <source>it is not open</source>
        <translation>она не открыта</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="176"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="243"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="246"/>
        <source>Back up</source>
        <extracomment>why the library could not be opened (&quot;&quot; when it is open) True while a backup is being restored (pages must not reopen the old file) the dialog that picks a backup; tests replace it</extracomment>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="245"/>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="247"/>
        <source>A backup of your library was written to {path}.</source>
        <translation>Резервная копия библиотеки записана в {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="259"/>
        <source>courses</source>
        <translation>курсы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="260"/>
        <source>lessons</source>
        <translation>уроки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="261"/>
        <source>readers</source>
        <translation>тексты</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="266"/>
        <source>Check library</source>
        <translation>Проверка библиотеки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="282"/>
        <source>There is no backup of your library yet. Use File &gt; Back Up Now to make one.</source>
        <translation>Резервной копии библиотеки ещё нет. Создайте её через «Файл &gt; Создать резервную копию».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="289"/>
        <source>Replace your library with the backup from {when} UTC? Changes made since then are not in it; the current library is kept beside it.</source>
        <translation>Заменить библиотеку резервной копией от {when} UTC? Более поздних изменений в ней нет; текущая библиотека сохранится рядом.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="305"/>
        <source>Wait until the work in progress has finished, then restore.</source>
        <translation>Дождитесь окончания текущей работы, затем восстановите.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="310"/>
        <source>The library is open read-only ({why}); it cannot be replaced from here.</source>
        <translation>Библиотека открыта только для чтения ({why}); отсюда её заменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="333"/>
        <source> The previous library was kept as {path}.</source>
        <translation> Прежняя библиотека сохранена как {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="351"/>
        <source>Read-only library: {why}. You can read and export, but changes cannot be saved. Copy the library to a folder you can write to in order to edit it.</source>
        <translation>Библиотека только для чтения: {why}. Можно читать и экспортировать, но изменения не сохранятся. Чтобы её редактировать, скопируйте библиотеку в папку с правом записи.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="370"/>
        <source>The library is unavailable: {err}</source>
        <translation>Библиотека недоступна: {err}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="128"/>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="132"/>
        <source>About {name}</source>
        <translation>О программе {name}</translation>
    </message>
</context>
<context>
    <name>AnnotatePage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="78"/>
        <source>Paste or type Chinese text here, or open or drop a .txt file. The pinyin appears below.</source>
        <extracomment>The pinyin view shows this many characters at most (a 5 MB book would take seconds). Longer texts are profiled in a worker thread. settings key of the page&apos;s &quot;Mark third-tone changes&quot; box</extracomment>
        <translation>Вставьте или наберите здесь китайский текст либо откройте или перетащите файл .txt. Пиньинь появится ниже.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="81"/>
        <source>Open .txt…</source>
        <translation>Открыть .txt…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="83"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="86"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="88"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Отмечать изменения третьего тона (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="91"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Пунктир под пиньинем третьего тона, который перед другим третьим тоном произносится как второй. Сам пиньинь не меняется.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="62"/>
        <source>Words above the target level</source>
        <extracomment>the teacher chose a target level in the list the teacher clicked a word in the list of words above the target the teacher clicked &quot;Open in the Dictionary&quot; under an entry</extracomment>
        <translation>Слова выше целевого уровня</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="64"/>
        <source>Paste a Chinese text on the left: the words above your target level are listed here.</source>
        <translation>Вставьте китайский текст слева — здесь появятся слова выше целевого уровня.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="73"/>
        <source>Dictionary entry</source>
        <translation>Словарная статья</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="82"/>
        <source>Target level:</source>
        <translation>Целевой уровень:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="83"/>
        <source>Estimated level:</source>
        <translation>Оценка уровня:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="87"/>
        <source>&lt;b&gt;Words per level&lt;/b&gt; (running words)</source>
        <translation>&lt;b&gt;Слова по уровням&lt;/b&gt; (все словоупотребления)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="199"/>
        <source>Opening {name}</source>
        <translation>Открывается {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="213"/>
        <source>Open Text File</source>
        <translation>Открыть текстовый файл</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="214"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.text);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="234"/>
        <source>Needs the reference dictionary (File menu)</source>
        <translation>Нужен справочный словарь (меню «Файл»)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="236"/>
        <source>Loading the text engine…</source>
        <translation>Загружается текстовый движок…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="259"/>
        <source>Annotating…</source>
        <translation>Расстановка пиньиня…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="257"/>
        <source>Annotation stopped.</source>
        <translation>Расстановка пиньиня остановлена.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="263"/>
        <source>Annotating the text</source>
        <translation>Расстановка пиньиня в тексте</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="285"/>
        <source>Pinyin is shown for the first {shown} characters of {total}; the level profile covers the whole text.</source>
        <translation>Пиньинь показан для первых {shown} иероглифов из {total}; профиль уровней охватывает весь текст.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="111"/>
        <source>Levels of &lt;b&gt;{standard}&lt;/b&gt;</source>
        <translation>Уровни &lt;b&gt;{standard}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="354"/>
        <source>Profiling the text</source>
        <translation>Анализ текста</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="131"/>
        <source>beyond {standard} {top}</source>
        <translation>выше {standard} {top}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="133"/>
        <source>No level covers 95% of the running words; {pct}% of them are in no {standard} list (names, compounds, rare words).</source>
        <translation>Ни один уровень не покрывает 95 % словоупотреблений; {pct} % из них нет ни в одном списке {standard} (имена, сложные и редкие слова).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="140"/>
        <source>The lowest level whose words cover 95% of the running words.</source>
        <translation>Самый низкий уровень, слова которого покрывают 95 % словоупотреблений.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="142"/>
        <source>{chars} characters ({unique_chars} different), {words} words ({unique_words} different), {none} words in no {standard} list</source>
        <translation>Иероглифов: {chars} (разных: {unique_chars}), слов: {words} (разных: {unique_words}), вне списков {standard}: {none}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="156"/>
        <source>&lt;b&gt;{n} words above {standard} {level}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Слов выше {standard} {level}: {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="362"/>
        <source>{n} characters</source>
        <translation>Иероглифов: {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="390"/>
        <source>Looking up</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="182"/>
        <source>Open in the Dictionary</source>
        <translation>Открыть в словаре</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="191"/>
        <source>Click a word in the annotated text to see its dictionary entry.</source>
        <translation>Щёлкните слово в размеченном тексте, чтобы увидеть словарную статью.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="175"/>
        <source>Not in the dictionary.</source>
        <translation>Нет в словаре.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="23"/>
        <source>Show in class</source>
        <translation>Показать в классе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="25"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Подождите, пока загрузится словарь.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="30"/>
        <source>There is no text to show yet.</source>
        <translation>Пока нет текста для показа.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="56"/>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="84"/>
        <source>Word drill</source>
        <translation>Тренировка слов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="57"/>
        <source>There are no words to drill yet: add some to the lesson&apos;s vocabulary.</source>
        <translation>Пока нет слов для тренировки: добавьте их в словарь урока.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="85"/>
        <source>This reader has no glossary words to drill: choose a glossary in its options.</source>
        <translation>В глоссарии этого текста нет слов для тренировки: выберите глоссарий в его параметрах.</translation>
    </message>
</context>
<context>
    <name>CorpusBuildDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="36"/>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="83"/>
        <source>Building the reference dictionary</source>
        <translation>Создание справочного словаря</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="41"/>
        <source>Chinese Teach is preparing its dictionary, HSK word lists and word frequencies from the data shipped with the app. This happens once and takes a few seconds. You can keep using the window meanwhile.</source>
        <translation>Chinese Teach готовит словарь, списки слов HSK и частотность из данных, поставляемых с программой. Это делается один раз и занимает несколько секунд. Тем временем можно продолжать работать в окне.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="52"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="54"/>
        <source>Restart</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="56"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="121"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="126"/>
        <source>Building was cancelled. The dictionary and annotation need it: press Restart to build it now, or use File &gt; Build Reference Dictionary later.</source>
        <translation>Создание отменено. Он нужен словарю и расстановке пиньиня: нажмите «Начать заново», чтобы создать его сейчас, или позже выберите «Файл &gt; Создать справочный словарь».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="130"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Edit reading</source>
        <translation>Изменить чтение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Add reading</source>
        <translation>Добавить чтение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="48"/>
        <source>one syllable per character: yín háng or yin2 hang2</source>
        <translation>по слогу на иероглиф: yín háng или yin2 hang2</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="54"/>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="55"/>
        <source>anywhere</source>
        <translation>везде</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="61"/>
        <source>Word:</source>
        <translation>Слово:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="62"/>
        <source>Pinyin:</source>
        <translation>Пиньинь:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="63"/>
        <source>Only after:</source>
        <translation>Только после:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="64"/>
        <source>Only before:</source>
        <translation>Только перед:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="65"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="83"/>
        <source>There is already a correction of {word} in this context.</source>
        <translation>Для {word} в этом контексте уже есть исправление.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="93"/>
        <source>{word} will be read {pinyin}.</source>
        <translation>{word} будет читаться {pinyin}.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="69"/>
        <source>Search words, pinyin or notes</source>
        <extracomment>conflicts listed in the import summary (the rest are counted) deleted records, most recent last: each entry is one deletion (undo restores it)</extracomment>
        <translation>Поиск слов, пиньиня или заметок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="46"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="55"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="47"/>
        <source>Pinyin</source>
        <translation>Пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="48"/>
        <source>Only after</source>
        <translation>Только после</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="49"/>
        <source>Only before</source>
        <translation>Только перед</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="50"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="51"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="57"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="56"/>
        <source>Cut as</source>
        <translation>Делить как</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="71"/>
        <source>No reading corrected yet. In the Reader studio, click a word of the preview to give it another reading: it is listed here and used in every annotation.</source>
        <translation>Исправленных чтений пока нет. В Мастерской текстов щёлкните слово в предпросмотре, чтобы задать другое чтение: оно появится здесь и будет использоваться во всей разметке.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="75"/>
        <source>No word cutting changed yet. In the Reader studio, click a word of the preview to join it with the next one or to split it.</source>
        <translation>Разбиение на слова пока не менялось. В Мастерской текстов щёлкните слово в предпросмотре, чтобы соединить его со следующим или разделить.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="80"/>
        <source>Add reading…</source>
        <translation>Добавить чтение…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="82"/>
        <source>Add word cutting…</source>
        <translation>Добавить деление на слова…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="83"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="84"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="85"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="86"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="105"/>
        <source>Readings you chose in the Reader studio, or added here, are used in every annotation from now on; a re-annotation never overwrites them. A reading with a context applies only between those characters, and the most specific one wins.</source>
        <translation>Чтения, выбранные в мастерской текстов или добавленные здесь, отныне используются при любой разметке; повторная разметка их не перезаписывает. Чтение с контекстом действует только между этими иероглифами, и побеждает самое конкретное.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="113"/>
        <source>keep whole</source>
        <translation>не делить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="115"/>
        <source>split: {parts}</source>
        <translation>делить: {parts}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="124"/>
        <source>Readings ({n})</source>
        <translation>Чтения ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="126"/>
        <source>Word cutting ({n})</source>
        <translation>Деление на слова ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="189"/>
        <source>The library is not available.</source>
        <translation>Библиотека недоступна.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="191"/>
        <source>{shown} of {total} shown.</source>
        <translation>Показано {shown} из {total}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="195"/>
        <source>No corrections yet. Click a word in the Reader studio to choose its reading, or add one here.</source>
        <translation>Исправлений пока нет. Щёлкните слово в мастерской текстов, чтобы выбрать его чтение, или добавьте его здесь.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="240"/>
        <source>Export corrections</source>
        <translation>Экспорт исправлений</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="241"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <source>Corrections (*.json)</source>
        <translation>Исправления (*.json)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="347"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="361"/>
        <source>Import corrections</source>
        <translation>Импорт исправлений</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="263"/>
        <source>{word} is now read {pinyin}.</source>
        <translation>{word} теперь читается {pinyin}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="310"/>
        <source>Deleted {words}.</source>
        <translation>Удалено: {words}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="321"/>
        <source>Restored {n} deleted item(s).</source>
        <translation>Восстановлено удалённых элементов: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="335"/>
        <source>Exported {n} corrections to {path}.</source>
        <translation>Экспортировано исправлений в {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="351"/>
        <source>Added {readings} readings and {cuts} word cuttings; {same} were already here.</source>
        <translation>Добавлено чтений: {readings}, делений на слова: {cuts}; уже были: {same}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="359"/>
        <source>{n} differ from yours; yours were kept:</source>
        <translation>Отличаются от ваших: {n}; ваши сохранены:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="230"/>
        <source>Look up {word} in the dictionary</source>
        <translation>Найти {word} в словаре</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="33"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="39"/>
        <source>Import a word list…</source>
        <translation>Импортировать список слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="56"/>
        <source>none (a beginners&apos; class)</source>
        <translation>нет (группа начинающих)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="58"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="59"/>
        <source>Class / learners</source>
        <translation>Группа / учащиеся</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="60"/>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="61"/>
        <source>Target level</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="62"/>
        <source>Class already knows up to level</source>
        <translation>Группа уже знает до уровня</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="66"/>
        <source>and the words of</source>
        <translation>и слова из</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="75"/>
        <source>(no word list)</source>
        <translation>(без списка слов)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="85"/>
        <source>Import a word list</source>
        <translation>Импорт списка слов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="86"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Списки слов (*.txt *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="106"/>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="34"/>
        <source>[stroke-order animation plays here in Anki]</source>
        <translation>[здесь в Anki показывается анимация порядка черт]</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="59"/>
        <source>银行 你好 谢谢 … (one per line, or spaces)</source>
        <extracomment>source kinds in the order of the combo box, with their labels the kinds chosen in the list of library items</extracomment>
        <translation>银行 你好 谢谢 … (по одному в строке или через пробел)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="63"/>
        <source>Deck name (e.g. Week 3 words)</source>
        <translation>Название колоды (например, «Слова 3-й недели»)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="73"/>
        <source>Word file</source>
        <translation>Файл со словами</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="80"/>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="74"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="85"/>
        <source>Library item</source>
        <translation>Элемент библиотеки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="64"/>
        <source>Card types</source>
        <translation>Типы карточек</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="71"/>
        <source>Stroke-order animation on the back</source>
        <translation>Анимация порядка черт на обороте</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="73"/>
        <source>Synthetic Mandarin audio where there is no recording</source>
        <translation>Синтезированное аудио на путунхуа, если нет записи</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="78"/>
        <source>Folder of your recordings, named after the words (银行.mp3)</source>
        <translation>Папка с вашими записями, названными по словам (银行.mp3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="90"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="101"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="103"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="67"/>
        <source>Preview without JavaScript: in Anki the back animates the stroke order and plays the audio; this preview shows where they go.</source>
        <translation>Просмотр без JavaScript: в Anki на обороте анимируется порядок черт и звучит аудио; здесь показано, где они будут.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="75"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="77"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="81"/>
        <source>Front</source>
        <translation>Лицевая сторона</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="82"/>
        <source>Back</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="135"/>
        <source>Type or paste some words first.</source>
        <translation>Сначала введите или вставьте слова.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="138"/>
        <source>Choose a word file first.</source>
        <translation>Сначала выберите файл со словами.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="140"/>
        <source>The library has nothing of this kind yet.</source>
        <translation>В библиотеке пока нет ничего такого.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="221"/>
        <source>The library cannot be opened.</source>
        <translation>Не удаётся открыть библиотеку.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="166"/>
        <source>Choose a Word File</source>
        <translation>Выбор файла со словами</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="168"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Списки слов (*.txt *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="230"/>
        <source>Folder of Recordings</source>
        <translation>Папка с записями</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="249"/>
        <source>Looking for a Mandarin voice…</source>
        <translation>Поиск голоса для путунхуа…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="255"/>
        <source>Voices</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="266"/>
        <source>Looking up the words…</source>
        <translation>Поиск слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="278"/>
        <source>{n} words in {d} deck(s).</source>
        <translation>Слов: {n}, колод: {d}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="282"/>
        <source>Preparing the deck</source>
        <translation>Подготовка колоды</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="122"/>
        <source>This word has no {card} card (it needs {what}).</source>
        <translation>У этого слова нет карточки «{card}» (нужно: {what}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="119"/>
        <source>audio</source>
        <translation>аудио</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="121"/>
        <source>an example sentence</source>
        <translation>пример предложения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="315"/>
        <source>Export Deck</source>
        <translation>Экспорт колоды</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="348"/>
        <source>Wrote {n} words to {path}.</source>
        <translation>Записано слов в {path}: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="346"/>
        <source>Wrote {path} ({n} pages).</source>
        <translation>Записан файл {path} (страниц: {n}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="352"/>
        <source>Wrote {path}: {notes} notes, {cards} cards, {kb} KB. Import it in Anki with File &gt; Import; importing a newer export updates the notes and keeps the reviews.</source>
        <translation>Записан файл {path}: записей — {notes}, карточек — {cards}, {kb} КБ. Импортируйте его в Anki через «Файл &gt; Импорт»; при импорте более новой версии записи обновятся, а история повторений сохранится.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="358"/>
        <source>No stroke data for: {c}.</source>
        <translation>Нет данных о чертах для: {c}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="362"/>
        <source>Left out, no card of the chosen types fits them: {words}.</source>
        <translation>Пропущены, так как для них нет карточек выбранных типов: {words}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="368"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="369"/>
        <source>Exporting the deck</source>
        <translation>Колода экспортируется</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="533"/>
        <source>Words typed or pasted</source>
        <translation>Введённые или вставленные слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="534"/>
        <source>Word file (.txt, .csv)</source>
        <translation>Файл со словами (.txt, .csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="535"/>
        <source>New words of a reader</source>
        <translation>Новые слова текста для чтения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="536"/>
        <source>A lesson&apos;s vocabulary</source>
        <translation>Лексика урока</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="537"/>
        <source>A whole course (one subdeck per lesson)</source>
        <translation>Весь курс (подколода на каждый урок)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="538"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="14"/>
        <source>Anki deck (.apkg)</source>
        <translation>Колода Anki (.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="16"/>
        <source>Study page (.html)</source>
        <translation>Страница для занятий (.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="17"/>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="539"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="18"/>
        <source>Pleco flashcards (.txt)</source>
        <translation>Карточки Pleco (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="540"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="20"/>
        <source>Quizlet import (.txt)</source>
        <translation>Импорт в Quizlet (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="541"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="22"/>
        <source>Spreadsheet (.csv)</source>
        <translation>Таблица (.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="542"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="24"/>
        <source>Spreadsheet (.tsv)</source>
        <translation>Таблица (.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="543"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="26"/>
        <source>Printable vocabulary list (.pdf)</source>
        <translation>Список слов для печати (.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="544"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="15"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Колода Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="545"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="19"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="21"/>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="546"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="23"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="547"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="25"/>
        <source>TSV files (*.tsv)</source>
        <translation>Файлы TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="548"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="27"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="549"/>
        <source>Recognition (hanzi → pinyin, meaning)</source>
        <translation>Узнавание (иероглифы → пиньинь, значение)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="550"/>
        <source>Recall (meaning → hanzi)</source>
        <translation>Вспоминание (значение → иероглифы)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="551"/>
        <source>Listening (audio → hanzi)</source>
        <translation>Аудирование (аудио → иероглифы)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="552"/>
        <source>Sentence (fill the word into its example)</source>
        <translation>Предложение (вставить слово в пример)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="553"/>
        <source>Recognition</source>
        <translation>Узнавание</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="554"/>
        <source>Recall</source>
        <translation>Вспоминание</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="555"/>
        <source>Listening</source>
        <translation>Аудирование</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="556"/>
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="23"/>
        <source>Make flashcards</source>
        <extracomment>what the state says and its buttons (found by pyside6-lupdate in this form)</extracomment>
        <translation>Создать карточки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="24"/>
        <source>Type or paste the words on the left, one per line, choose a word list, or take the vocabulary of a lesson. The cards appear here, front and back, before you export the deck for Anki.</source>
        <translation>Введите или вставьте слова слева, по одному в строке, выберите список слов или возьмите словарь урока. Карточки появятся здесь, лицевая и оборотная сторона, до экспорта колоды для Anki.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="28"/>
        <source>Paste words</source>
        <translation>Вставить слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="29"/>
        <source>Choose a word list…</source>
        <translation>Выбрать список слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="30"/>
        <source>Use a lesson&apos;s words</source>
        <translation>Взять слова урока</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="76"/>
        <source>Pages</source>
        <extracomment>file suffix -&gt; page that opens it</extracomment>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="93"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="117"/>
        <source>Clear Recent Files</source>
        <translation>Очистить список недавних файлов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="122"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="150"/>
        <source>Go to page {n}</source>
        <translation>Перейти на страницу {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="223"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="229"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="233"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="242"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="246"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="253"/>
        <source>Import course</source>
        <translation>Импорт курса</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="224"/>
        <source>The library is not available.</source>
        <translation>Библиотека недоступна.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="234"/>
        <source>This course is already in your library. Import it as a copy?</source>
        <translation>Этот курс уже есть в библиотеке. Импортировать его как копию?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="249"/>
        <source>Imported “{name}”: {n} lessons.</source>
        <translation>Импортирован курс «{name}», уроков: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="254"/>
        <source>{n} pinyin corrections in the course differ from yours; yours were kept:</source>
        <translation>Исправлений пиньиня в курсе, отличающихся от ваших: {n}; ваши сохранены:</translation>
    </message>
</context>
<context>
    <name>DictionaryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="67"/>
        <source>Search: 银行, 銀行, yinhang, yin2hang2, yínháng or English (bank)</source>
        <translation>Поиск: 银行, 銀行, yinhang, yin2hang2, yínháng или по-английски (bank)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Pinyin</source>
        <translation>Пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Definition</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="562"/>
        <source>Classifiers:</source>
        <translation>Счётные слова:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="563"/>
        <source>Variants:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="564"/>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>HSK level</source>
        <translation>Уровень HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="98"/>
        <source>Dictionary entry</source>
        <translation>Словарная статья</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="101"/>
        <source>Copy hanzi</source>
        <translation>Копировать иероглифы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="103"/>
        <source>Copy pinyin</source>
        <translation>Копировать пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="105"/>
        <source>Copy line</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="107"/>
        <source>Word, pinyin and definitions on one line</source>
        <translation>Слово, пиньинь и значения в одной строке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="219"/>
        <source>Searching the dictionary</source>
        <translation>Поиск по словарю</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="232"/>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="234"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="283"/>
        <source>Looking up</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="330"/>
        <source>Frequency rank {rank}</source>
        <translation>Ранг частотности {rank}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="333"/>
        <source>{standard} character level {level}</source>
        <translation>{standard}, иероглифы, уровень {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="336"/>
        <source>HSK2025 writing level {level}</source>
        <translation>HSK2025, письмо, уровень {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="341"/>
        <source>Words with {char}:</source>
        <translation>Слова с {char}:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="353"/>
        <source>not listed</source>
        <translation>нет в списке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="378"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="27"/>
        <source>The reference dictionary is not built yet. Use File &gt; Build Reference Dictionary to build it (it takes a few seconds).</source>
        <translation>Справочный словарь ещё не создан. Выберите «Файл &gt; Создать справочный словарь» (это займёт несколько секунд).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="382"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="30"/>
        <source>The dictionary is loading…</source>
        <translation>Словарь загружается…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="385"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="31"/>
        <source>Type a word in characters (simplified or traditional), in pinyin with or without tones, or in English. Results appear as you type.</source>
        <translation>Введите слово иероглифами (упрощёнными или полными), пиньинем с тонами или без, или по-английски. Результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="407"/>
        <source>Copied: {text}</source>
        <translation>Скопировано: {text}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="25"/>
        <source>Look up a word</source>
        <extracomment>example searches: (object name, what is typed) what the state says (the sentences are the page&apos;s own hints, translated once)</extracomment>
        <translation>Найти слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="26"/>
        <source>Build the reference dictionary…</source>
        <translation>Построить справочный словарь…</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="106"/>
        <source>Word drill: {title}</source>
        <extracomment>what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Тренировка слов: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="107"/>
        <source>Word drill shown in class</source>
        <translation>Тренировка слов на экране в классе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="124"/>
        <source>◀ Back</source>
        <extracomment>the stroke data of the word being animated (None: the characters are shown)</extracomment>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="125"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="126"/>
        <source>Stroke order (S)</source>
        <translation>Порядок черт (S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="128"/>
        <source>★ Mark to review (M)</source>
        <translation>★ Повторить (M)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="131"/>
        <source>Shuffle (R)</source>
        <translation>Перемешать (R)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="134"/>
        <source>Leave (Esc)</source>
        <translation>Выйти (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="169"/>
        <source>The words to review</source>
        <translation>Слова для повторения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>characters</source>
        <translation>иероглифы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>pinyin</source>
        <translation>пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>meaning</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="171"/>
        <source>{n}/{total}: {word}  {pinyin}  {meaning}
(showing: {shown})</source>
        <translation>{n}/{total}: {word}  {pinyin}  {meaning}
(показано: {shown})</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="23"/>
        <source>Preview…</source>
        <extracomment>every kind of output, in the order bars show them: (icon, name, what it does)</extracomment>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="24"/>
        <source>See the pages before printing</source>
        <translation>Посмотреть страницы перед печатью</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="25"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="26"/>
        <source>Save as a PDF file, to print or send</source>
        <translation>Сохранить в PDF для печати или отправки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="27"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="28"/>
        <source>Save as a Word document, to edit</source>
        <translation>Сохранить как документ Word для правки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="29"/>
        <source>Web page…</source>
        <translation>Веб-страница…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="30"/>
        <source>Save as a web page students open on a phone</source>
        <translation>Сохранить как веб-страницу, которую ученики откроют на телефоне</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="31"/>
        <source>Anki deck…</source>
        <translation>Колода Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="32"/>
        <source>Save as a deck to import into Anki</source>
        <translation>Сохранить как колоду для импорта в Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="33"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="34"/>
        <source>Save to a file to share with colleagues</source>
        <translation>Сохранить в файл, чтобы поделиться с коллегами</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="35"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="36"/>
        <source>Print on paper</source>
        <translation>Напечатать на бумаге</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="29"/>
        <source>Chinese Teach Help</source>
        <translation>Справка Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="35"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="51"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="39"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="64"/>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="65"/>
        <source>Every start opens on the start page: back to the lesson and reader you opened last, the next lesson, quick actions and, the first time, four steps through the sample course. The navigation on the left groups the pages by what you do (Ctrl+1 to Ctrl+9 go to them). On the first start the app builds its reference dictionary (a few seconds); everything works offline.</source>
        <translation>При каждом запуске открывается начальная страница: возврат к последнему открытому уроку и тексту, следующий урок, быстрые действия, а в первый раз — четыре шага по курсу-примеру. Навигация слева группирует страницы по тому, что вы делаете (Ctrl+1 … Ctrl+9 переходят к ним). При первом запуске программа строит справочный словарь (несколько секунд); всё работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="71"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="72"/>
        <source>Create a course, its units and lessons. A lesson holds its plan, texts, vocabulary and the new words proposed from its texts.</source>
        <translation>Создайте курс, его разделы и уроки. Урок содержит план, тексты, лексику и новые слова, предложенные по его текстам.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="74"/>
        <source>Worksheet preview</source>
        <translation>Просмотр рабочего листа</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="75"/>
        <source>In a lesson, Print and export &gt; Preview… shows a worksheet&apos;s pages as they will print. Choose the kind, the boxes and the seed; show or hide the answer key; New version shuffles a sheet again (the same seed always gives the same sheet); then print it or export the PDF.</source>
        <translation>В уроке «Печать и экспорт &gt; Просмотр…» показывает страницы рабочего листа так, как они будут напечатаны. Выберите вид, клетки и номер; покажите или скройте ответы; «Новый вариант» заново перемешивает задания (один и тот же номер всегда даёт один и тот же лист); затем напечатайте его или сохраните в PDF.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="79"/>
        <source>Reader studio</source>
        <translation>Мастерская текстов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="80"/>
        <source>Paste or open a text, choose which words get pinyin, and export a reader as PDF, web page or Word. Click a word to correct its reading.</source>
        <translation>Вставьте или откройте текст, выберите, над какими словами ставить пиньинь, и экспортируйте его в PDF, веб-страницу или Word. Щёлкните слово, чтобы исправить его чтение.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="82"/>
        <source>Decks</source>
        <translation>Колоды</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="83"/>
        <source>Make Anki decks (stroke order, audio) or word lists for Pleco and Quizlet from typed words, a file, a reader, a lesson or a course.</source>
        <translation>Создавайте колоды Anki (порядок черт, аудио) или списки слов для Pleco и Quizlet из введённых слов, файла, текста, урока или курса.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="85"/>
        <source>Dictionary and Quick annotate</source>
        <translation>Словарь и быстрая разметка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="86"/>
        <source>Look up words by characters, pinyin or English. Quick annotate shows a text&apos;s pinyin and how many of its words are above an HSK level.</source>
        <translation>Ищите слова по иероглифам, пиньиню или по-английски. Быстрая разметка показывает пиньинь текста и сколько его слов выше заданного уровня HSK.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="88"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="89"/>
        <source>Drop a .txt or .docx file on the window to open it in the Reader studio, or a course file (.ctcourse) to import it into the library. File &gt; Open Recent lists the files opened last.</source>
        <translation>Перетащите файл .txt или .docx в окно, чтобы открыть его в мастерской текстов, или файл курса (.ctcourse), чтобы импортировать его в библиотеку. «Файл &gt; Недавние файлы» показывает последние открытые файлы.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="92"/>
        <source>Language and display</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="93"/>
        <source>Edit &gt; Preferences sets the interface language, the theme (follows the system, dark or high contrast), tone colours (a colour-blind safe scheme is offered) and the Chinese font size.</source>
        <translation>В меню «Правка &gt; Настройки» задаются язык интерфейса, тема (как в системе, тёмная или высококонтрастная), цвета тонов (есть схема для дальтоников) и размер китайского текста.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="96"/>
        <source>Printed documents in your students&apos; language</source>
        <translation>Печатные материалы на языке ваших учеников</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="97"/>
        <source>Edit &gt; Preferences &gt; Document language sets the language of the headings, labels and instructions on readers, worksheets and their answer keys, lesson plans and vocabulary lists, printed or exported: English, Chinese, Spanish, French or Russian. By default it is the interface language. The Chinese text itself is never changed. On the command line, add --doc-lang es (or zh_CN, fr, ru).</source>
        <translation>«Правка &gt; Настройки &gt; Язык документов» задаёт язык заголовков, подписей и заданий в текстах для чтения, рабочих листах и ответах к ним, планах уроков и списках слов — при печати и экспорте: английский, китайский, испанский, французский или русский. По умолчанию это язык интерфейса. Сам китайский текст никогда не меняется. В командной строке добавьте --doc-lang ru (или zh_CN, es, fr).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="123"/>
        <source>Next / previous control</source>
        <translation>Следующий / предыдущий элемент</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="126"/>
        <source>Undo / redo in the library</source>
        <translation>Отменить / повторить в библиотеке</translation>
    </message>
</context>
<context>
    <name>LessonActivitiesTable</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Activity</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="56"/>
        <source>Add activity</source>
        <translation>Добавить задание</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="59"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="139"/>
        <source>Total {total} of {duration} minutes.</source>
        <translation>Итого {total} из {duration} мин.</translation>
    </message>
</context>
<context>
    <name>LessonClassButtons</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="26"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="51"/>
        <source>Show the text in class</source>
        <translation>Показать текст в классе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="28"/>
        <source>The text open on the Texts tab (or the lesson&apos;s first) full screen on the projector</source>
        <translation>Текст, открытый на вкладке «Тексты» (или первый текст урока), во весь экран на проекторе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="31"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="77"/>
        <source>Drill the words</source>
        <translation>Тренировать слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="33"/>
        <source>The lesson&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Слова урока по одному на проекторе: иероглифы, пиньинь, значение, порядок черт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="52"/>
        <source>The lesson has no text yet: add one on the Texts tab.</source>
        <translation>В уроке пока нет текста: добавьте его на вкладке «Тексты».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="78"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Подождите, пока загрузится словарь.</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="84"/>
        <source>Plan</source>
        <extracomment>the analysis (proposals, coverage) arrived an export finished (Path) the coverage of the texts shown (None: something else is shown)</extracomment>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="88"/>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="92"/>
        <source>Vocabulary</source>
        <translation>Лексика</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="96"/>
        <source>Print and export</source>
        <translation>Печать и экспорт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="129"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="133"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="142"/>
        <source>One “can-do” statement per line, e.g. Can order food in a restaurant</source>
        <translation>По одной цели «умею…» в строке, например: Может заказать еду в ресторане</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="147"/>
        <source>Use template</source>
        <translation>Применить шаблон</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="149"/>
        <source>Replace the activities with the template&apos;s</source>
        <translation>Заменить задания заданиями из шаблона</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="45"/>
        <source>Type a grammar point or pick one you used before</source>
        <translation>Введите грамматическую тему или выберите использованную ранее</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="47"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="51"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="173"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="182"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="178"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="180"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="175"/>
        <source>Unit</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="183"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="187"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="110"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="188"/>
        <source>Activities</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="189"/>
        <source>Grammar</source>
        <translation>Грамматика</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="190"/>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="191"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="218"/>
        <source>&lt;b&gt;{course}&lt;/b&gt; — lesson {n}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — урок {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="222"/>
        <source>(no unit)</source>
        <translation>(без раздела)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="291"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="448"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="433"/>
        <source>comfortable, at least 98%</source>
        <translation>читается легко, не менее 98%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="435"/>
        <source>readable with help, at least 95%</source>
        <translation>читается с помощью, не менее 95%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="436"/>
        <source>below the 95% comfort threshold</source>
        <translation>ниже порога комфортного чтения 95%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="443"/>
        <source>“{title}”: {before}% of the words known before this lesson ({verdict_before}); {after}% with this lesson&apos;s vocabulary ({verdict_after}).</source>
        <translation>«{title}»: {before}% слов знакомы до этого урока ({verdict_before}); {after}% вместе со словами этого урока ({verdict_after}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="293"/>
        <source>Edit lesson “{title}”</source>
        <translation>Правка урока «{title}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="356"/>
        <source>Finding the new words…</source>
        <translation>Поиск новых слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="365"/>
        <source>Loading the dictionary…</source>
        <translation>Загружается словарь…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="373"/>
        <source>The lesson has no text yet: add one on the Texts tab to get proposed words.</source>
        <translation>В уроке ещё нет текста: добавьте его на вкладке «Тексты», чтобы получить предлагаемые слова.</translation>
    </message>
</context>
<context>
    <name>LessonExports</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="56"/>
        <source>Character writing (stroke order)</source>
        <extracomment>the controls the editor shows as its own (tests and the worksheet preview use them)</extracomment>
        <translation>Написание иероглифов (порядок черт)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Pinyin and tones</source>
        <translation>Пиньинь и тоны</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Fill in the blanks</source>
        <translation>Заполните пропуски</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="58"/>
        <source>Match words and meanings</source>
        <translation>Соедините слова и значения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="59"/>
        <source>Put words in order</source>
        <translation>Расставьте слова по порядку</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="60"/>
        <source>Dictation (听写): sheet, script and key</source>
        <translation>Диктант (听写): лист, текст для учителя и ключ</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="69"/>
        <source>What a dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Что лист диктанта печатает рядом с клетками каждого слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="15"/>
        <source>Pinyin as a hint</source>
        <translation>Пиньинь как подсказка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="16"/>
        <source>Meaning as a hint</source>
        <translation>Значение как подсказка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="17"/>
        <source>No hint</source>
        <translation>Без подсказки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="76"/>
        <source>The same number gives the same worksheet</source>
        <translation>Одинаковый номер даёт одинаковый рабочий лист</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="85"/>
        <source>The dictation as a Word document, to edit before printing</source>
        <translation>Диктант в виде документа Word, чтобы отредактировать перед печатью</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="88"/>
        <source>See the worksheet&apos;s pages and its answer key before printing</source>
        <translation>Посмотреть страницы рабочего листа и ответы перед печатью</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="92"/>
        <source>The paper the worksheet is printed on</source>
        <translation>Бумага, на которой печатается рабочий лист</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="107"/>
        <source>Lesson plan</source>
        <translation>План урока</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="117"/>
        <source>Boxes</source>
        <translation>Клетки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="120"/>
        <source>Seed</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="125"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="129"/>
        <source>Worksheet</source>
        <translation>Рабочий лист</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="131"/>
        <source>Deck</source>
        <translation>Колода</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="132"/>
        <source>In class</source>
        <translation>В классе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="149"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Колода Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="153"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="168"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Дождитесь загрузки словаря.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="188"/>
        <source>Writing the lesson plan…</source>
        <translation>Запись плана урока…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="189"/>
        <source>Writing the worksheet…</source>
        <translation>Запись рабочего листа…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="190"/>
        <source>Writing the Anki deck…</source>
        <translation>Запись колоды Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="196"/>
        <source>Wrote {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="99"/>
        <source>An Anki deck of the lesson&apos;s new words</source>
        <translation>Колода Anki с новыми словами урока</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="53"/>
        <source>Add text</source>
        <extracomment>the controls the editor shows as its own (tests use them)</extracomment>
        <translation>Добавить текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="56"/>
        <source>Delete text</source>
        <translation>Удалить текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="59"/>
        <source>Open in Reader studio</source>
        <translation>Открыть в мастерской текстов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="64"/>
        <source>Title of the text</source>
        <translation>Заголовок текста</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="67"/>
        <source>Type or paste the lesson&apos;s Chinese text</source>
        <translation>Введите или вставьте китайский текст урока</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="199"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="127"/>
        <source>Text {n}</source>
        <translation>Текст {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="217"/>
        <source>The Reader studio is not available; edit the text here.</source>
        <translation>Мастерская текстов недоступна; редактируйте текст здесь.</translation>
    </message>
</context>
<context>
    <name>LessonVocabPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <source>Word</source>
        <extracomment>The column of the meaning the lesson prints: the teacher&apos;s own (typed there), else the sense the word has in the lesson&apos;s texts or the dictionary&apos;s, shown greyed. the meaning a word prints when the teacher gives none (on the meaning cell) the proposals&apos; columns of the corpus frequency and the count in the texts (hidden: in the rows&apos; tooltips) and of the meaning the vocabulary changed (list[VocabItem]) a message for the teacher (bad pinyin typed)</extracomment>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="157"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <source>Pinyin</source>
        <translation>Пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="114"/>
        <source>Your pinyin for this word in this lesson; empty: the dictionary&apos;s. Double-click to type it (hao3 or hǎo).</source>
        <translation>Ваш пиньинь для этого слова в этом уроке; пусто — словарный. Дважды щёлкните, чтобы ввести (hao3 или hǎo).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="117"/>
        <source>What the reader, lesson plan, worksheets and deck print: your meaning if you gave one, else (greyed) the sense the word has in this lesson&apos;s texts (after a number, a measure word), else the dictionary&apos;s. Double-click to give your own.</source>
        <translation>Что печатают текст для чтения, план урока, листы заданий и колода: ваше значение, если вы его дали; иначе (серым) значение слова в текстах этого урока (после числа — счётное слово); иначе словарное. Дважды щёлкните, чтобы дать своё.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="129"/>
        <source>Double-click Pinyin or Meaning to give this lesson your own (e.g. hao3 or hǎo); leave empty to use the dictionary&apos;s.</source>
        <translation>Дважды щёлкните «Пиньинь» или «Значение», чтобы задать свои для этого урока (например, hao3 или hǎo); оставьте пустым, чтобы использовать словарные.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="141"/>
        <source>Add a word…</source>
        <translation>Добавить слово…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="143"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="146"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="149"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>New word</source>
        <translation>Новое слово</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Frequency</source>
        <translation>Частотность</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>In text</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="169"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="172"/>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="188"/>
        <source>&lt;b&gt;Vocabulary of this lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;Лексика этого урока&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="198"/>
        <source>&lt;b&gt;Proposed new words&lt;/b&gt; (from the lesson&apos;s texts)</source>
        <translation>&lt;b&gt;Предлагаемые новые слова&lt;/b&gt; (из текстов урока)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="281"/>
        <source>Write one pinyin syllable per character of {word}, e.g. hao3 or hǎo.</source>
        <translation>Напишите по одному слогу пиньиня на каждый иероглиф слова {word}, например hao3 или hǎo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="347"/>
        <source>{n} times in the lesson&apos;s texts; frequency in the corpus: {freq}</source>
        <translation>{n} раз в текстах урока; частота в корпусе: {freq}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="354"/>
        <source>Every word of the texts is known or already in the vocabulary.</source>
        <translation>Все слова текстов уже известны или уже есть в лексике урока.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="355"/>
        <source>{n} words the class does not know yet.</source>
        <translation>Слов, которых группа ещё не знает: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="368"/>
        <source>No later lesson depends on this vocabulary.</source>
        <translation>Ни один последующий урок не зависит от этой лексики.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="373"/>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="375"/>
        <source>Changing this vocabulary changes what the class knows in the later lessons (their readers and decks): {names}</source>
        <translation>Изменение этой лексики меняет то, что группа знает в последующих уроках (их тексты и колоды): {names}</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/levelbars.py" line="42"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="57"/>
        <source>Search courses, lessons and words</source>
        <translation>Поиск курсов, уроков и слов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="31"/>
        <source>Course / lesson</source>
        <extracomment>A lesson&apos;s vocabulary, space separated, for the search (its tooltip is escaped text).</extracomment>
        <translation>Курс / урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="41"/>
        <source>No course yet. Click New course below to plan one, or drop a course file shared by a colleague on the window.</source>
        <translation>Курсов пока нет. Нажмите «Новый курс» ниже, чтобы спланировать курс, или перетащите на окно файл курса от коллеги.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="69"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="284"/>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="70"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="294"/>
        <source>Course settings</source>
        <translation>Параметры курса</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="71"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="301"/>
        <source>New unit</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="72"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="330"/>
        <source>New lesson</source>
        <translation>Новый урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="73"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="74"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="75"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="308"/>
        <source>Rename unit</source>
        <translation>Переименовать раздел</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="76"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="77"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="78"/>
        <source>Shared courses…</source>
        <translation>Общие курсы…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="165"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Не удаётся открыть библиотеку: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="173"/>
        <source>Read-only: {why}</source>
        <translation>Только чтение: {why}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="300"/>
        <source>Unit {n}</source>
        <translation>Раздел {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="327"/>
        <source>Lesson {n}</source>
        <translation>Урок {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="338"/>
        <source>Duplicate lesson</source>
        <translation>Дублировать урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="352"/>
        <source>Delete lesson “{t}”</source>
        <translation>Удалить урок «{t}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="354"/>
        <source>Delete unit</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="356"/>
        <source>Delete course “{name}”</source>
        <translation>Удалить курс «{name}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="362"/>
        <source>Deleted. Undo puts it back.</source>
        <translation>Удалено. «Отменить» вернёт.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="373"/>
        <source>A lesson stays in its course; duplicate it and export/import to share it.</source>
        <translation>Урок остаётся в своём курсе; чтобы поделиться им, продублируйте его и экспортируйте/импортируйте.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="385"/>
        <source>Move lesson</source>
        <translation>Переместить урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="398"/>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="400"/>
        <source>The class&apos;s known words changed for: {names}. Their readers and decks may need printing again.</source>
        <translation>Изменились известные группе слова для: {names}. Их тексты и колоды, возможно, нужно напечатать заново.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="350"/>
        <source>Open Text File</source>
        <extracomment>A screen smaller than this (logical px) gets a maximised window on first start. the corpus is open and the level index loaded (or opening failed: False) False in screenshot mode: the teacher&apos;s window layout is left alone &quot;compact&quot; or &quot;full&quot; once the teacher used the fold button; &quot;&quot; = by window width page modules still to import (after the first paint)</extracomment>
        <translation>Открыть текстовый файл</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="351"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.text);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="388"/>
        <source>Opening the dictionary…</source>
        <translation>Открывается словарь…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="389"/>
        <source>Building the reference dictionary…</source>
        <translation>Создаётся справочный словарь…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="390"/>
        <source>Loading the text engine…</source>
        <translation>Загружается текстовый движок…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="392"/>
        <source>Reference dictionary not built</source>
        <translation>Справочный словарь не создан</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="393"/>
        <source>Reference dictionary unavailable</source>
        <translation>Справочный словарь недоступен</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="408"/>
        <source>Opening the dictionary</source>
        <translation>Открытие словаря</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="432"/>
        <source>Loading the text engine</source>
        <translation>Загрузка текстового движка</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="199"/>
        <source>Show page names</source>
        <extracomment>Entries that are group headings carry their group key in this role. the teacher folded or unfolded the navigation by its button (True: icons only)</extracomment>
        <translation>Показать названия страниц</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="202"/>
        <source>Show icons only</source>
        <translation>Только значки</translation>
    </message>
</context>
<context>
    <name>PageNavBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="351"/>
        <source>Previous page</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 = the paper&apos;s real size on screen). Page images kept for scrolling back (an A4 page at 300 % is about 35 MB). ``paint(painter, index)`` draws page ``index`` on a painter that maps points. pages were painted for the first time since :meth:`set_pages` (first page shown) pages painted since the last :meth:`set_pages` (tests and timings) the page at the top of the view changed (0-based) the zoom changed (mode or factor) new pages were set (their count may have changed)</extracomment>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="354"/>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="357"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="363"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="366"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="370"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="371"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="372"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="374"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="377"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="409"/>
        <source>of {n}</source>
        <translation>из {n}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="39"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="51"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>Знаки тонов (nǐ hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="52"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>Цифры тонов (ni3 hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="53"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>Чжуинь (ㄋㄧˇ ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="60"/>
        <source>Show 一 and 不 with their changed tones (yí gè, bú shì)</source>
        <translation>Показывать 一 и 不 с изменённым тоном (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="65"/>
        <source>Colour pinyin by tone</source>
        <translation>Раскрашивать пиньинь по тонам</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="74"/>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Tone {n}</source>
        <translation>{n}-й тон</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Neutral</source>
        <translation>Нейтральный</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="93"/>
        <source>Automatic ({family})</source>
        <translation>Автоматически ({family})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="103"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="109"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="116"/>
        <source>Same as the interface</source>
        <translation>Как язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="122"/>
        <source>The language of the headings, labels and instructions printed on readers, worksheets, lesson plans and vocabulary lists (the Chinese text is not changed)</source>
        <translation>Язык заголовков, подписей и заданий на текстах для чтения, рабочих листах, планах уроков и списках слов (китайский текст не меняется)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="127"/>
        <source>Follow the system (light or dark)</source>
        <translation>Как в системе (светлая или тёмная)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="134"/>
        <source>HSK standard:</source>
        <translation>Стандарт HSK:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="135"/>
        <source>Pinyin:</source>
        <translation>Пиньинь:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="138"/>
        <source>Colour scheme:</source>
        <translation>Цветовая схема:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="140"/>
        <source>Preview:</source>
        <translation>Образец:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="141"/>
        <source>Chinese font:</source>
        <translation>Китайский шрифт:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="142"/>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="143"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="144"/>
        <source>Document language:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="145"/>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="182"/>
        <source>Set by your school&apos;s configuration</source>
        <translation>Задано настройками вашей школы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="192"/>
        <source>Tone colour</source>
        <translation>Цвет тона</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="527"/>
        <source>Standard (red, green, blue, purple, grey)</source>
        <extracomment>File name stem of the app&apos;s catalogues: ``chinese_teach_zh_CN.qm``. Every shipped language, the source language first. A code listed here must have a complete catalogue (tests/gui/test_i18n.py fails otherwise). Languages written right to left: the whole layout is mirrored for them. (pattern of the old text, new template, context), most fixed text first (&quot;{n} results&quot; pattern, message): translated again with the number found old text -&gt; new text, for texts that have one translation whatever their context (context, old text) -&gt; new text, for a text whose translation depends on where it is shown (French &quot;Annuler&quot; is &quot;Undo&quot; in the library and &quot;Cancel&quot; in a dialog)</extracomment>
        <translation>Стандартная (красный, зелёный, синий, фиолетовый, серый)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="528"/>
        <source>MDBG (red, orange, green, blue, black)</source>
        <translation>MDBG (красный, оранжевый, зелёный, синий, чёрный)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="529"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Для дальтоников (Okabe-Ito)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="129"/>
        <location filename="../../chinese_teach/gui/i18n.py" line="530"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="79"/>
        <source>Presenter view</source>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="90"/>
        <source>No notes for this lesson.</source>
        <translation>К этому уроку нет заметок.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="99"/>
        <source>Restart the timer</source>
        <translation>Сбросить таймер</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="103"/>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="106"/>
        <source>Stop the timer while the class waits; click again to go on counting</source>
        <translation>Остановить таймер, пока класс ждёт; нажмите ещё раз, чтобы продолжить отсчёт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="110"/>
        <source>On the projector now:</source>
        <translation>Сейчас на проекторе:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="117"/>
        <source>Next:</source>
        <translation>Далее:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="119"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="145"/>
        <source>(the end)</source>
        <extracomment>time counted before the last pause; the running part is ``_elapsed``</extracomment>
        <translation>(конец)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="50"/>
        <source>Show in class: {title}</source>
        <extracomment>the sentence shown changed (its index) what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Показать в классе: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="51"/>
        <source>Text shown in class</source>
        <translation>Текст, показанный в классе</translation>
    </message>
</context>
<context>
    <name>ReaderOptionsPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="44"/>
        <source>Every word</source>
        <translation>Все слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="45"/>
        <source>Words the class does not know</source>
        <translation>Слова, незнакомые группе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="46"/>
        <source>Words above the target level</source>
        <translation>Слова выше целевого уровня</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="47"/>
        <source>No pinyin</source>
        <translation>Без пиньиня</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="49"/>
        <source>Pinyin on</source>
        <translation>Пиньинь для</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="51"/>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="53"/>
        <source>Target level</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="55"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Known words</source>
        <translation>Известные слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="56"/>
        <source>only the first time a word appears</source>
        <translation>только при первом появлении слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="58"/>
        <source>each character</source>
        <translation>каждым иероглифом</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="59"/>
        <source>each word</source>
        <translation>каждым словом</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="60"/>
        <source>Pinyin over</source>
        <translation>Пиньинь над</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="62"/>
        <source>tone marks (hǎo)</source>
        <translation>знаки тонов (hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="63"/>
        <source>tone numbers (hao3)</source>
        <translation>цифры тонов (hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="64"/>
        <source>zhuyin (ㄏㄠˇ)</source>
        <translation>чжуинь (ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="65"/>
        <source>no tones (hao)</source>
        <translation>без тонов (hao)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="67"/>
        <source>Tones</source>
        <translation>Тоны</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="68"/>
        <source>write 一 and 不 as spoken (yí gè, bú shì)</source>
        <translation>писать 一 и 不 так, как произносятся (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="70"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Отмечать изменения третьего тона (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="73"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Пунктир под пиньинем третьего тона, который перед другим третьим тоном произносится как второй. Сам пиньинь не меняется.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="77"/>
        <source>Tone colours</source>
        <translation>Цвета тонов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="78"/>
        <source>colour the characters</source>
        <translation>раскрашивать иероглифы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="79"/>
        <source>colour the pinyin</source>
        <translation>раскрашивать пиньинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="83"/>
        <source>Characters</source>
        <translation>Иероглифы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="85"/>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="87"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="89"/>
        <source>Line spacing</source>
        <translation>Межстрочный интервал</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="99"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="91"/>
        <source>paragraphs</source>
        <translation>абзацы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="92"/>
        <source>every 5th line</source>
        <translation>каждая 5-я строка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="94"/>
        <source>PDF and Word number every 5th line. A web page has no fixed lines, so the HTML export numbers the sentences instead.</source>
        <translation>В PDF и Word нумеруется каждая 5-я строка. У веб-страницы нет постоянных строк, поэтому в HTML нумеруются предложения.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="96"/>
        <source>Numbers</source>
        <translation>Нумерация</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="97"/>
        <source>table at the end</source>
        <translation>таблица в конце</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="98"/>
        <source>numbered notes</source>
        <translation>нумерованные примечания</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="100"/>
        <source>Glossary</source>
        <translation>Словарик</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="101"/>
        <source>not marked</source>
        <translation>не отмечать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="102"/>
        <source>underlined</source>
        <translation>подчёркивать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="103"/>
        <source>numbered</source>
        <translation>нумеровать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="104"/>
        <source>New words</source>
        <translation>Новые слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="106"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="108"/>
        <source>Margins</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="145"/>
        <source>Teaching font (default)</source>
        <translation>Учебный шрифт (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="163"/>
        <source>{std} level {lvl}</source>
        <translation>{std}, уровень {lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="165"/>
        <source>{std} levels 1-{lvl}</source>
        <translation>{std}, уровни 1-{lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="167"/>
        <source>Word list file…</source>
        <translation>Файл со списком слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Word lists (*.txt *.csv *.tsv)</source>
        <translation>Списки слов (*.txt *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>ReaderWordPopup</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="67"/>
        <source>Dotted: Chinese Teach is not sure of this reading here (its dictionary and its model of the sentence disagree, or the model hesitates). Check it: choose or type the right reading below, and it is used from now on.</source>
        <extracomment>word, syllables, left context, right context (&quot;&quot; = everywhere)</extracomment>
        <translation>Пунктир: Chinese Teach не уверен в этом чтении здесь (словарь и модель предложения расходятся или модель сомневается). Проверьте: выберите или введите ниже правильное чтение, и дальше будет использоваться оно.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="75"/>
        <source>Reading in this text:</source>
        <translation>Чтение в этом тексте:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="81"/>
        <source>or type one: zhang3 / zhǎng</source>
        <translation>или введите: zhang3 / zhǎng</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="85"/>
        <source>only next to these characters</source>
        <translation>только рядом с этими иероглифами</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="87"/>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="186"/>
        <source>Use this reading everywhere</source>
        <translation>Использовать это чтение везде</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="94"/>
        <source>Merge with next word</source>
        <translation>Объединить со следующим словом</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="96"/>
        <source>Split into characters</source>
        <translation>Разделить на иероглифы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="103"/>
        <source>meaning in the glossary</source>
        <translation>значение в словарике</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="104"/>
        <source>Save meaning</source>
        <translation>Сохранить значение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="142"/>
        <source>Not in the dictionary.</source>
        <translation>Нет в словаре.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="157"/>
        <source>only between “{l}” and “{r}”</source>
        <translation>только между «{l}» и «{r}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="185"/>
        <source>Use this reading here</source>
        <translation>Использовать это чтение здесь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="203"/>
        <source>Type one syllable per character, e.g. zhang3.</source>
        <translation>Введите по одному слогу на иероглиф, например zhang3.</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="166"/>
        <source>Show in class</source>
        <translation>Показать в классе</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="168"/>
        <source>The text full screen on the projector, sentence by sentence (Esc leaves)</source>
        <translation>Текст на весь экран проектора, по предложениям (Esc — выход)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="99"/>
        <source>Saved readers</source>
        <extracomment>paragraphs annotated by the preview and the exports (written by workers)</extracomment>
        <translation>Сохранённые тексты</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="105"/>
        <source>No saved reader yet. Type or paste a text on the right, then click Save.</source>
        <translation>Сохранённых текстов пока нет. Введите или вставьте текст справа и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="108"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="110"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="122"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="124"/>
        <source>Class, lesson, date</source>
        <translation>Группа, урок, дата</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="130"/>
        <source>Type or paste the Chinese text here, one paragraph per line.</source>
        <translation>Введите или вставьте сюда китайский текст, по абзацу в строке.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="134"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="139"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="143"/>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="145"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="226"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Не удаётся открыть библиотеку: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="251"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="343"/>
        <source>Saved “{title}”.</source>
        <translation>«{title}» сохранён.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="354"/>
        <source>Delete reader</source>
        <translation>Удалить текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="355"/>
        <source>Delete “{title}” from the library?</source>
        <translation>Удалить «{title}» из библиотеки?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="368"/>
        <source>Reader</source>
        <translation>Текст для чтения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Open a text</source>
        <translation>Открыть текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Тексты (*.txt *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="389"/>
        <source>Opening {name}</source>
        <translation>Открывается {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="35"/>
        <source>Loading the dictionary…</source>
        <translation>Загружается словарь…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="51"/>
        <source>Adding pinyin</source>
        <translation>Добавление пиньиня</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="61"/>
        <source>{pages} page(s) · {words} words · {new} in the glossary · {desc}</source>
        <translation>Страниц: {pages} · слов: {words} · в словарике: {new} · {desc}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="76"/>
        <source>The preview failed; see the log file.</source>
        <translation>Не удалось построить просмотр; см. файл журнала.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="420"/>
        <source>Class 3 · Lesson 5</source>
        <translation>Группа 3 · Урок 5</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_edits.py" line="67"/>
        <source>Stored the reading of {word}.</source>
        <translation>Чтение слова {word} сохранено.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="43"/>
        <source>Export {fmt}</source>
        <translation>Экспорт в {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="68"/>
        <source>Wrote {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="73"/>
        <source>Exporting {fmt}</source>
        <translation>Идёт экспорт в {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="97"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="558"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="559"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="560"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="69"/>
        <source>Drill the words</source>
        <translation>Тренировать слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="71"/>
        <source>The glossary&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Слова глоссария по одному на проекторе: иероглифы, пиньинь, значение, порядок черт</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="346"/>
        <source>Anki deck…</source>
        <translation>Колода Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="349"/>
        <source>Dictation…</source>
        <translation>Диктант…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="350"/>
        <source>Student sheet, teacher&apos;s script and answer key, as PDF or Word</source>
        <translation>Лист ученика, текст для учителя и ответы, в PDF или Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="356"/>
        <source>What the dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Что печатается на листе диктанта рядом с клетками каждого слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="361"/>
        <source>The paper the dictation is printed on</source>
        <translation>Бумага, на которой печатается диктант</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="365"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="367"/>
        <source>Word, pinyin and meaning, one word a line</source>
        <translation>Слово, пиньинь и значение, по слову в строке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="369"/>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="415"/>
        <source>Drill these again</source>
        <translation>Повторить эти слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="373"/>
        <source>Leave (Esc)</source>
        <translation>Выйти (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="382"/>
        <source>Dictation:</source>
        <translation>Диктант:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="384"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="413"/>
        <source>{n} of {total} words to review</source>
        <translation>Повторить: {n} из {total} слов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="417"/>
        <source>No word marked: the class knew all {total}.</source>
        <translation>Ни одно слово не отмечено: класс знал все {total}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="419"/>
        <source>Drill all again</source>
        <translation>Повторить все слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="429"/>
        <source>Copied {n} words.</source>
        <translation>Скопировано слов: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="434"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="436"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Колода Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="438"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="440"/>
        <source>Save the words to review</source>
        <translation>Сохранить слова для повторения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="459"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Подождите, пока загрузится словарь.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="463"/>
        <source>{title}: words to review</source>
        <translation>{title}: слова для повторения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="475"/>
        <source>Writing the Anki deck…</source>
        <translation>Запись колоды Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="476"/>
        <source>Writing the dictation…</source>
        <translation>Запись диктанта…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="480"/>
        <source>Wrote {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
</context>
<context>
    <name>SegmentationDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="106"/>
        <source>Add word cutting</source>
        <translation>Добавить деление на слова</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="111"/>
        <source>Keep it whole</source>
        <translation>Не делить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="112"/>
        <source>Split it into:</source>
        <translation>Разделить на:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="120"/>
        <source>pieces separated by spaces: 中国 银行</source>
        <translation>части через пробел: 中国 银行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="124"/>
        <source>Word:</source>
        <translation>Слово:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="142"/>
        <source>A word of one character cannot be kept whole or split.</source>
        <translation>Слово из одного иероглифа нельзя ни сохранить целым, ни разделить.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="150"/>
        <source>The pieces must spell {word}, in order.</source>
        <translation>Части по порядку должны составлять {word}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="105"/>
        <source>Edit word cutting</source>
        <translation>Изменить деление на слова</translation>
    </message>
</context>
<context>
    <name>SharedCoursesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="37"/>
        <source>Shared courses</source>
        <translation>Общие курсы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="47"/>
        <source>In your library</source>
        <translation>В вашей библиотеке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="54"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="68"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="69"/>
        <source>newer version available</source>
        <translation>есть более новая версия</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="81"/>
        <source>Courses shared by your school in {folder}. They are read-only here: import one to use and change it.</source>
        <translation>Курсы, которыми поделилась ваша школа, в {folder}. Здесь они только для чтения: импортируйте курс, чтобы использовать и изменять его.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="84"/>
        <source>There are no courses to show (the folder is empty or cannot be reached).</source>
        <translation>Нет курсов для показа (папка пуста или недоступна).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="87"/>
        <source>{n} file(s) could not be read.</source>
        <translation>Не удалось прочитать файлов: {n}.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="86"/>
        <source>Welcome to Chinese Teach</source>
        <extracomment>Settings of the guided path: hidden by the teacher, and the steps done. The page lays its cards in two columns from this width (logical px). A word of the sample course&apos;s first lesson, looked up in the last step.</extracomment>
        <translation>Добро пожаловать в Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="90"/>
        <source>Plan lessons, make pinyin readers, worksheets and Anki decks for your class. Where would you like to begin?</source>
        <translation>Планируйте уроки, готовьте тексты с пиньинем, рабочие листы и колоды Anki для своего класса. С чего начнём?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="95"/>
        <source>First steps with the sample course</source>
        <translation>Первые шаги с учебным курсом-примером</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="97"/>
        <source>Four clicks show what the app does, on the sample course made for you.</source>
        <translation>Четыре щелчка покажут, что умеет программа, на подготовленном для вас курсе-примере.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="105"/>
        <source>1. Open the first lesson: its words, plan and worksheets</source>
        <translation>1. Открыть первый урок: слова, план и рабочие листы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="106"/>
        <source>2. Open its text as a pinyin reader</source>
        <translation>2. Открыть его текст как чтение с пиньинем</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="107"/>
        <source>3. Turn its words into an Anki deck</source>
        <translation>3. Сделать из его слов колоду Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="108"/>
        <source>4. Look up one of its words: {word}</source>
        <translation>4. Найти одно из его слов: {word}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="114"/>
        <source>Hide these steps</source>
        <translation>Скрыть эти шаги</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="119"/>
        <source>Continue where you left off</source>
        <translation>Продолжить с того же места</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="121"/>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="125"/>
        <source>Open reader</source>
        <translation>Открыть последний текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="130"/>
        <source>Nothing opened yet. Open a lesson in the Library or make a reader in the Reader studio: it will be here the next time.</source>
        <translation>Пока ничего не открыто. Откройте урок в Библиотеке или создайте текст в Мастерской текстов — в следующий раз он будет здесь.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="138"/>
        <source>Next lesson</source>
        <translation>Следующий урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="140"/>
        <source>Prepare it</source>
        <translation>Подготовить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="145"/>
        <source>Open the Library</source>
        <translation>Открыть Библиотеку</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="152"/>
        <source>Quick actions</source>
        <translation>Быстрые действия</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="158"/>
        <source>New lesson</source>
        <translation>Новый урок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="161"/>
        <source>Reader from the clipboard</source>
        <translation>Текст из буфера обмена</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="164"/>
        <source>Reader from a file…</source>
        <translation>Текст из файла…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="168"/>
        <source>Deck from a word list…</source>
        <translation>Колода из списка слов…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="177"/>
        <source>A word in characters, pinyin or English</source>
        <translation>Слово иероглифами, пиньинем или по-английски</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="178"/>
        <source>Word to look up</source>
        <translation>Слово для поиска</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="181"/>
        <source>Look up</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="287"/>
        <source>{lesson}
{course}</source>
        <translation>{lesson}
{course}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="291"/>
        <source>Reader: {title}</source>
        <translation>Текст: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="292"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="301"/>
        <source>no date yet</source>
        <translation>дата не назначена</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="302"/>
        <source>{lesson}
{course} · {when}</source>
        <translation>{lesson}
{course} · {when}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="306"/>
        <source>Every lesson of the course is taught. Add the next one in the Library.</source>
        <translation>Все уроки курса проведены. Добавьте следующий в Библиотеке.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="309"/>
        <source>No course yet. Create one in the Library: its lessons will be listed here in order.</source>
        <translation>Курсов пока нет. Создайте курс в Библиотеке — его уроки появятся здесь по порядку.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="323"/>
        <source>The library is read-only.</source>
        <translation>Библиотека открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="352"/>
        <source>Create a course in the Library first: lessons belong to a course.</source>
        <translation>Сначала создайте курс в Библиотеке: уроки входят в курс.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="363"/>
        <source>The clipboard holds no text. Copy a Chinese text first, then click again.</source>
        <translation>В буфере обмена нет текста. Сначала скопируйте китайский текст, затем нажмите ещё раз.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="371"/>
        <source>Open a Text</source>
        <translation>Открыть текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="372"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Тексты (*.txt *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="378"/>
        <source>Choose a Word List</source>
        <translation>Выбрать список слов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="379"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Списки слов (*.txt *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="389"/>
        <source>Type a word to look up.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
</context>
<context>
    <name>WorksheetPreviewDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="81"/>
        <source>Worksheet preview: {lesson}</source>
        <extracomment>Options settle this long before the pages are laid out again (typing a seed). The kinds whose content depends on the seed; a writing sheet makes no random choice (see ``core.documents.worksheet.build_worksheet``). the pages of new options are shown (the SheetDocument) the worksheet could not be made (the message shown) Export PDF wrote a file (Path)</extracomment>
        <translation>Просмотр рабочего листа: {lesson}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="123"/>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="111"/>
        <source>New version</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="114"/>
        <source>Show the answer key</source>
        <translation>Показать ответы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="116"/>
        <source>The answer key is printed on its own page(s) at the end of the worksheet</source>
        <translation>Ответы печатаются на отдельных страницах в конце рабочего листа</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="136"/>
        <source>Worksheet pages</source>
        <translation>Страницы рабочего листа</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="149"/>
        <source>The whole worksheet with its answer key, as the lesson editor&apos;s Worksheet (PDF) button writes it</source>
        <translation>Весь рабочий лист с ответами — так же, как его сохраняет кнопка «Рабочий лист (PDF)» в редакторе урока</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="234"/>
        <source>Another seed: other choices, another order</source>
        <translation>Другой номер: другие задания, другой порядок</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="235"/>
        <source>A character writing sheet is the same for every seed</source>
        <translation>Лист для письма иероглифов одинаков при любом номере</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="260"/>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="268"/>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="319"/>
        <source>{pages} page(s)</source>
        <translation>Страниц: {pages}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="321"/>
        <source>{pages} page(s); the answer key starts on page {key}</source>
        <translation>Страниц: {pages}; ответы начинаются на странице {key}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="324"/>
        <source>{shown} page(s) of exercises; the answer key adds {more} page(s)</source>
        <translation>Страниц с заданиями: {shown}; ответы — ещё {more}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="361"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="32"/>
        <source>Chinese-English dictionary</source>
        <translation>китайско-английский словарь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="35"/>
        <source>HSK levels</source>
        <translation>уровни HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="38"/>
        <source>the icons of the navigation and the start page</source>
        <translation>значки навигации и начальной страницы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="41"/>
        <source>word segmentation and word frequencies</source>
        <translation>сегментация на слова и частотность</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="44"/>
        <source>pinyin readings and zhuyin</source>
        <translation>чтения пиньинем и чжуинь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="47"/>
        <source>polyphone disambiguation model</source>
        <translation>модель выбора чтения многочтений</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="50"/>
        <source>stroke order data</source>
        <translation>данные о порядке черт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="53"/>
        <source>stroke order animation</source>
        <translation>анимация порядка черт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="56"/>
        <source>bundled Kai-style teaching font</source>
        <translation>встроенный учебный шрифт в стиле кай</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="59"/>
        <source>fallback Chinese font</source>
        <translation>резервный китайский шрифт</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="62"/>
        <source>user interface</source>
        <translation>интерфейс</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="65"/>
        <source>Anki deck export</source>
        <translation>экспорт колод Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="68"/>
        <source>corpus building</source>
        <translation>создание корпуса</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="71"/>
        <source>simplified/traditional conversion</source>
        <translation>преобразование упрощённых/полных иероглифов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="91"/>
        <source>Reference dictionary built {built}; CC-CEDICT of {date}.</source>
        <translation>Справочный словарь создан {built}; CC-CEDICT от {date}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="95"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt}.</source>
        <translation>Python {python}, PySide6 {pyside}, Qt {qt}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="98"/>
        <source>Offline pinyin readers, lesson plans and Anki decks for teachers of Chinese.</source>
        <translation>Тексты с пиньинем, планы уроков и колоды Anki без интернета — для преподавателей китайского.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="101"/>
        <source>Dictionary entries from CC-CEDICT are shared under the same licence (CC BY-SA 4.0). Thanks to everyone who builds and maintains these projects.</source>
        <translation>Словарные статьи из CC-CEDICT распространяются на тех же условиях (CC BY-SA 4.0). Спасибо всем, кто создаёт и поддерживает эти проекты.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="105"/>
        <source>Data, fonts and libraries</source>
        <translation>Данные, шрифты и библиотеки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="106"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="107"/>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="108"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="36"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="40"/>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Открыть текстовый файл…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="42"/>
        <source>Open a .txt file in Quick annotate</source>
        <translation>Открыть файл .txt в быстрой разметке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="44"/>
        <source>&amp;Build Reference Dictionary…</source>
        <translation>&amp;Создать справочный словарь…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="46"/>
        <source>Build the dictionary and HSK lists used by every page</source>
        <translation>Создать словарь и списки HSK, которые нужны всем страницам</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="49"/>
        <source>&amp;Back Up Library Now</source>
        <translation>&amp;Создать резервную копию библиотеки</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="51"/>
        <source>Write a backup of your library now</source>
        <translation>Записать резервную копию библиотеки сейчас</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="53"/>
        <source>&amp;Check Library</source>
        <translation>&amp;Проверить библиотеку</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="55"/>
        <source>Check the library file for damage</source>
        <translation>Проверить файл библиотеки на повреждения</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="56"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="58"/>
        <source>Replace your library with one of its backups</source>
        <translation>Заменить библиотеку одной из её резервных копий</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="61"/>
        <source>Quit Chinese Teach</source>
        <translation>Выйти из Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="64"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="66"/>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="68"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="70"/>
        <source>Focus the search box</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="71"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="73"/>
        <source>&amp;Larger Chinese Text</source>
        <translation>&amp;Крупнее китайский текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="75"/>
        <source>&amp;Smaller Chinese Text</source>
        <translation>&amp;Мельче китайский текст</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="77"/>
        <source>Show &amp;Sidebar</source>
        <translation>Показывать &amp;боковую панель</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="79"/>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="81"/>
        <source>&amp;About Chinese Teach</source>
        <translation>&amp;О программе Chinese Teach</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="429"/>
        <source>Quick annotate</source>
        <translation>Быстрая разметка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="434"/>
        <source>Paste a text to see its pinyin and HSK level profile</source>
        <translation>Вставьте текст, чтобы увидеть пиньинь и профиль уровней HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="442"/>
        <source>Dictionary</source>
        <translation>Словарь</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="447"/>
        <source>Look up words by characters, pinyin or English</source>
        <translation>Поиск слов по иероглифам, пиньиню или по-английски</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="390"/>
        <source>Decks</source>
        <translation>Колоды</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="395"/>
        <source>Anki decks with stroke order, and word lists for Pleco and Quizlet</source>
        <translation>Колоды Anki с порядком черт и списки слов для Pleco и Quizlet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="422"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="427"/>
        <source>Courses, units and lessons: plan lessons, their new words, plans and worksheets</source>
        <translation>Курсы, разделы и уроки: планы уроков, новые слова, планы и рабочие листы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="439"/>
        <source>Reader studio</source>
        <translation>Мастерская текстов</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="444"/>
        <source>Pinyin readers for your class: PDF, web page and Word</source>
        <translation>Тексты с пиньинем для вашей группы: PDF, веб-страница и Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="65"/>
        <source>Plan</source>
        <extracomment>Modules under ``chinese_teach.gui.pages`` that may define a ``PAGE`` (explicit, so a frozen bundle finds them without package scanning). Missing ones are skipped. The navigation&apos;s groups, by what a teacher does: key and heading, in order. A page with no group (the start page) stands above them.</extracomment>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="66"/>
        <source>Make materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="67"/>
        <source>Look up</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="68"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="366"/>
        <source>My corrections</source>
        <translation>Мои исправления</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="371"/>
        <source>Your pinyin corrections and word cutting, used in every annotation</source>
        <translation>Ваши исправления пиньиня и деления на слова, используемые при любой разметке</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="429"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="433"/>
        <source>Where to begin: your last lesson and reader, the next lesson, quick actions</source>
        <translation>С чего начать: последний урок и текст, следующий урок, быстрые действия</translation>
    </message>
</context>
<context>
    <name>savefile</name>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="21"/>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="22"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже есть в папке {folder}. Заменить?</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="54"/>
        <source>Something went wrong ({kind}). The details were written to the log file {path}.</source>
        <extracomment>Work shorter than this never shows a progress dialog. Progress reports closer together than this are merged.</extracomment>
        <translation>Что-то пошло не так ({kind}). Подробности записаны в файл журнала {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="61"/>
        <location filename="../../chinese_teach/gui/tasks.py" line="243"/>
        <source>Chinese Teach</source>
        <translation>Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="244"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="250"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
