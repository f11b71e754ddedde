<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="74"/>
        <source>The library {path} is in good order.</source>
        <translation>资料库 {path} 状态良好。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="79"/>
        <source>{n} broken links between records</source>
        <translation>记录之间有 {n} 处链接损坏</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="80"/>
        <source>The library {path} has problems: {problems}. Restore a backup from the File menu.</source>
        <translation>资料库 {path} 有问题：{problems}。请从“文件”菜单恢复备份。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="82"/>
        <source>Contents: {counts}. Backups kept: {n}.</source>
        <translation>内容：{counts}。保留的备份：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>made by you</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="100"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="281"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="288"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="304"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="309"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="334"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="110"/>
        <source>Your library is replaced by the backup you choose. The current library is kept beside it and backed up first, so nothing is lost.</source>
        <translation>资料库将被所选备份替换。当前资料库会先备份并保留在旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="115"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="181"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="182"/>
        <source>The library cannot be opened: {err}</source>
        <translation>无法打开资料库：{err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="189"/>
        <source>The damaged file was kept as {path}; it was not deleted.</source>
        <translation>损坏的文件已保留为 {path}，未被删除。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="190"/>
        <source>The damaged file was left in place.</source>
        <translation>损坏的文件保留在原处。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="192"/>
        <source>Your library file is missing. It was not replaced by a new, empty library.</source>
        <translation>找不到您的资料库文件。它没有被一个新的空资料库替换。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="194"/>
        <source>An earlier copy was kept as {path}.</source>
        <translation>较早的副本已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="197"/>
        <source>Your library file is damaged ({detail}).</source>
        <translation>您的资料库文件已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="203"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="209"/>
        <source>Library damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="200"/>
        <source>No good backup was found. Chinese Teach will start with the library unavailable; ask for help before changing the files.</source>
        <translation>未找到可用的备份。Chinese Teach 将在资料库不可用的情况下启动；修改文件前请先寻求帮助。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="206"/>
        <source>Restore the newest good backup, from {when} UTC? Changes made after that backup are not in it.</source>
        <translation>要恢复最新的可用备份（{when} UTC）吗？该备份之后所做的更改不包含在内。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="222"/>
        <source>Library restored</source>
        <translation>资料库已恢复</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="223"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="335"/>
        <source>The backup from {when} UTC was restored.</source>
        <translation>已恢复 {when} UTC 的备份。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="238"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="254"/>
        <source>it is not open</source>
        <translation>资料库未打开</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="176"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="243"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="246"/>
        <source>Back up</source>
        <extracomment>why the library could not be opened (&quot;&quot; when it is open) True while a backup is being restored (pages must not reopen the old file) the dialog that picks a backup; tests replace it</extracomment>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="245"/>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="247"/>
        <source>A backup of your library was written to {path}.</source>
        <translation>资料库备份已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="259"/>
        <source>courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="260"/>
        <source>lessons</source>
        <translation>课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="261"/>
        <source>readers</source>
        <translation>读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="266"/>
        <source>Check library</source>
        <translation>检查资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="282"/>
        <source>There is no backup of your library yet. Use File &gt; Back Up Now to make one.</source>
        <translation>资料库还没有备份。请使用“文件 &gt; 立即备份”创建备份。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="289"/>
        <source>Replace your library with the backup from {when} UTC? Changes made since then are not in it; the current library is kept beside it.</source>
        <translation>要用 {when} UTC 的备份替换资料库吗？此后所做的更改不包含在内；当前资料库会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="305"/>
        <source>Wait until the work in progress has finished, then restore.</source>
        <translation>请等待正在进行的操作完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="310"/>
        <source>The library is open read-only ({why}); it cannot be replaced from here.</source>
        <translation>资料库以只读方式打开（{why}），无法在此替换。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="333"/>
        <source> The previous library was kept as {path}.</source>
        <translation>原资料库已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="351"/>
        <source>Read-only library: {why}. You can read and export, but changes cannot be saved. Copy the library to a folder you can write to in order to edit it.</source>
        <translation>只读资料库：{why}。您可以查看和导出，但无法保存更改。如需编辑，请将资料库复制到可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="370"/>
        <source>The library is unavailable: {err}</source>
        <translation>资料库不可用：{err}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="128"/>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="132"/>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
</context>
<context>
    <name>AnnotatePage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="78"/>
        <source>Paste or type Chinese text here, or open or drop a .txt file. The pinyin appears below.</source>
        <extracomment>The pinyin view shows this many characters at most (a 5 MB book would take seconds). Longer texts are profiled in a worker thread. settings key of the page&apos;s &quot;Mark third-tone changes&quot; box</extracomment>
        <translation>在此粘贴或输入中文文本，或打开、拖入 .txt 文件。拼音显示在下方。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="81"/>
        <source>Open .txt…</source>
        <translation>打开 .txt…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="83"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="86"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="88"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>标出三声变调（nǐ hǎo → ní hǎo）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="91"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>在另一个三声前读作二声的三声字，其拼音下加虚线。拼音本身不变。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="62"/>
        <source>Words above the target level</source>
        <extracomment>the teacher chose a target level in the list the teacher clicked a word in the list of words above the target the teacher clicked &quot;Open in the Dictionary&quot; under an entry</extracomment>
        <translation>高于目标级别的词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="64"/>
        <source>Paste a Chinese text on the left: the words above your target level are listed here.</source>
        <translation>在左边粘贴一段中文，超出目标等级的词会列在这里。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="73"/>
        <source>Dictionary entry</source>
        <translation>词典释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="82"/>
        <source>Target level:</source>
        <translation>目标级别：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="83"/>
        <source>Estimated level:</source>
        <translation>估计级别：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="87"/>
        <source>&lt;b&gt;Words per level&lt;/b&gt; (running words)</source>
        <translation>&lt;b&gt;各级别词数&lt;/b&gt;（按出现次数）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="199"/>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="213"/>
        <source>Open Text File</source>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="214"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>文本文件 (*.txt *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="234"/>
        <source>Needs the reference dictionary (File menu)</source>
        <translation>需要参考词典（见“文件”菜单）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="236"/>
        <source>Loading the text engine…</source>
        <translation>正在加载文本引擎…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="259"/>
        <source>Annotating…</source>
        <translation>正在注音…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="257"/>
        <source>Annotation stopped.</source>
        <translation>注音已停止。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="263"/>
        <source>Annotating the text</source>
        <translation>正在为文本注音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="285"/>
        <source>Pinyin is shown for the first {shown} characters of {total}; the level profile covers the whole text.</source>
        <translation>仅显示前 {shown} 个字（共 {total} 个）的拼音；级别分析涵盖全文。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="111"/>
        <source>Levels of &lt;b&gt;{standard}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{standard}&lt;/b&gt; 级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="354"/>
        <source>Profiling the text</source>
        <translation>正在分析文本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="131"/>
        <source>beyond {standard} {top}</source>
        <translation>超出 {standard} {top} 级</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="133"/>
        <source>No level covers 95% of the running words; {pct}% of them are in no {standard} list (names, compounds, rare words).</source>
        <translation>没有哪个级别能覆盖 95% 的词次；其中 {pct}% 不在任何 {standard} 词表中（人名地名、复合词、生僻词）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="140"/>
        <source>The lowest level whose words cover 95% of the running words.</source>
        <translation>词语能覆盖 95% 词次的最低级别。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="142"/>
        <source>{chars} characters ({unique_chars} different), {words} words ({unique_words} different), {none} words in no {standard} list</source>
        <translation>{chars} 个字（{unique_chars} 个不同），{words} 个词（{unique_words} 个不同），{none} 个词不在任何 {standard} 词表中</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="156"/>
        <source>&lt;b&gt;{n} words above {standard} {level}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} 个词高于 {standard} {level} 级&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="362"/>
        <source>{n} characters</source>
        <translation>{n} 个字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="390"/>
        <source>Looking up</source>
        <translation>正在查询</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="182"/>
        <source>Open in the Dictionary</source>
        <translation>在词典中打开</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="191"/>
        <source>Click a word in the annotated text to see its dictionary entry.</source>
        <translation>点击注音文本中的词语，查看其词典释义。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="175"/>
        <source>Not in the dictionary.</source>
        <translation>词典中没有此词。</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="23"/>
        <source>Show in class</source>
        <translation>课堂展示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="25"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>请等词典加载完毕。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="30"/>
        <source>There is no text to show yet.</source>
        <translation>还没有可以展示的课文。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="56"/>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="84"/>
        <source>Word drill</source>
        <translation>生词操练</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="57"/>
        <source>There are no words to drill yet: add some to the lesson&apos;s vocabulary.</source>
        <translation>还没有可以操练的词语：请先在本课生词中添加。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="85"/>
        <source>This reader has no glossary words to drill: choose a glossary in its options.</source>
        <translation>这篇读物没有生词表可以操练：请在选项中选择生词表。</translation>
    </message>
</context>
<context>
    <name>CorpusBuildDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="36"/>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="83"/>
        <source>Building the reference dictionary</source>
        <translation>正在生成参考词典</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="41"/>
        <source>Chinese Teach is preparing its dictionary, HSK word lists and word frequencies from the data shipped with the app. This happens once and takes a few seconds. You can keep using the window meanwhile.</source>
        <translation>Chinese Teach 正在根据随附数据准备词典、HSK 词表和词频。此操作只需进行一次，耗时几秒钟。在此期间您可以继续使用窗口。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="54"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="56"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="121"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="126"/>
        <source>Building was cancelled. The dictionary and annotation need it: press Restart to build it now, or use File &gt; Build Reference Dictionary later.</source>
        <translation>生成已取消。词典和注音功能需要它：现在点击“重新开始”生成，或稍后使用“文件 &gt; 生成参考词典”。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="130"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Edit reading</source>
        <translation>编辑读音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Add reading</source>
        <translation>添加读音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="48"/>
        <source>one syllable per character: yín háng or yin2 hang2</source>
        <translation>每个字一个音节：yín háng 或 yin2 hang2</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="54"/>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="55"/>
        <source>anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="61"/>
        <source>Word:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="62"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="63"/>
        <source>Only after:</source>
        <translation>仅在其后：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="64"/>
        <source>Only before:</source>
        <translation>仅在其前：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="65"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="83"/>
        <source>There is already a correction of {word} in this context.</source>
        <translation>在此语境中已有对“{word}”的更正。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="93"/>
        <source>{word} will be read {pinyin}.</source>
        <translation>“{word}”将读作 {pinyin}。</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="69"/>
        <source>Search words, pinyin or notes</source>
        <extracomment>conflicts listed in the import summary (the rest are counted) deleted records, most recent last: each entry is one deletion (undo restores it)</extracomment>
        <translation>搜索词语、拼音或备注</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="46"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="55"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="47"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="48"/>
        <source>Only after</source>
        <translation>仅在其后</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="49"/>
        <source>Only before</source>
        <translation>仅在其前</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="51"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="56"/>
        <source>Cut as</source>
        <translation>切分为</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="71"/>
        <source>No reading corrected yet. In the Reader studio, click a word of the preview to give it another reading: it is listed here and used in every annotation.</source>
        <translation>还没有更正过读音。在读物工作室的预览里点一个词，就能给它另一个读音：它会列在这里，并用于所有注音。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="75"/>
        <source>No word cutting changed yet. In the Reader studio, click a word of the preview to join it with the next one or to split it.</source>
        <translation>还没有改过分词。在读物工作室的预览里点一个词，就能把它和下一个词合并，或把它拆开。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="80"/>
        <source>Add reading…</source>
        <translation>添加读音…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="82"/>
        <source>Add word cutting…</source>
        <translation>添加分词…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="83"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="84"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="85"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="86"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="105"/>
        <source>Readings you chose in the Reader studio, or added here, are used in every annotation from now on; a re-annotation never overwrites them. A reading with a context applies only between those characters, and the most specific one wins.</source>
        <translation>您在读物工作室中选定或在此添加的读音，今后会用于所有注音；重新注音不会覆盖它们。带语境的读音只在这些字之间生效，语境最具体的优先。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="113"/>
        <source>keep whole</source>
        <translation>不切分</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="115"/>
        <source>split: {parts}</source>
        <translation>切分：{parts}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="124"/>
        <source>Readings ({n})</source>
        <translation>读音（{n}）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="126"/>
        <source>Word cutting ({n})</source>
        <translation>分词（{n}）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="189"/>
        <source>The library is not available.</source>
        <translation>资料库不可用。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="191"/>
        <source>{shown} of {total} shown.</source>
        <translation>显示 {shown} / {total} 项。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="195"/>
        <source>No corrections yet. Click a word in the Reader studio to choose its reading, or add one here.</source>
        <translation>还没有更正。在读物工作室中点击词语可选择其读音，也可以在此添加。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="240"/>
        <source>Export corrections</source>
        <translation>导出更正</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="241"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <source>Corrections (*.json)</source>
        <translation>更正 (*.json)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="347"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="361"/>
        <source>Import corrections</source>
        <translation>导入更正</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="263"/>
        <source>{word} is now read {pinyin}.</source>
        <translation>“{word}”现读作 {pinyin}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="310"/>
        <source>Deleted {words}.</source>
        <translation>已删除 {words}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="321"/>
        <source>Restored {n} deleted item(s).</source>
        <translation>已恢复 {n} 个已删除的项目。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="335"/>
        <source>Exported {n} corrections to {path}.</source>
        <translation>已将 {n} 条更正导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="351"/>
        <source>Added {readings} readings and {cuts} word cuttings; {same} were already here.</source>
        <translation>已添加 {readings} 个读音和 {cuts} 个分词；{same} 个已存在。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="359"/>
        <source>{n} differ from yours; yours were kept:</source>
        <translation>{n} 项与您的不同，已保留您的：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="230"/>
        <source>Look up {word} in the dictionary</source>
        <translation>在词典中查“{word}”</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="33"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="39"/>
        <source>Import a word list…</source>
        <translation>导入词表…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="56"/>
        <source>none (a beginners&apos; class)</source>
        <translation>无（零起点班）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="59"/>
        <source>Class / learners</source>
        <translation>班级 / 学生</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="60"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="61"/>
        <source>Target level</source>
        <translation>目标级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="62"/>
        <source>Class already knows up to level</source>
        <translation>学生已掌握的级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="66"/>
        <source>and the words of</source>
        <translation>以及以下词表中的词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="75"/>
        <source>(no word list)</source>
        <translation>（无词表）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="85"/>
        <source>Import a word list</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="86"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>词表 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="106"/>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="34"/>
        <source>[stroke-order animation plays here in Anki]</source>
        <translation>[在 Anki 中这里播放笔顺动画]</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="59"/>
        <source>银行 你好 谢谢 … (one per line, or spaces)</source>
        <extracomment>source kinds in the order of the combo box, with their labels the kinds chosen in the list of library items</extracomment>
        <translation>银行 你好 谢谢 …（每行一个，或用空格分隔）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="63"/>
        <source>Deck name (e.g. Week 3 words)</source>
        <translation>牌组名称（例如：第 3 周生词）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="73"/>
        <source>Word file</source>
        <translation>词表文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="80"/>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="74"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="85"/>
        <source>Library item</source>
        <translation>资料库项目</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="64"/>
        <source>Card types</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="71"/>
        <source>Stroke-order animation on the back</source>
        <translation>背面显示笔顺动画</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="73"/>
        <source>Synthetic Mandarin audio where there is no recording</source>
        <translation>无录音时使用合成普通话语音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="78"/>
        <source>Folder of your recordings, named after the words (银行.mp3)</source>
        <translation>录音文件夹，文件以词语命名（银行.mp3）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="90"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="101"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="103"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="67"/>
        <source>Preview without JavaScript: in Anki the back animates the stroke order and plays the audio; this preview shows where they go.</source>
        <translation>此预览不运行 JavaScript：在 Anki 中，卡片背面会播放笔顺动画和音频；这里只显示它们的位置。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="75"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="77"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="81"/>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="82"/>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="135"/>
        <source>Type or paste some words first.</source>
        <translation>请先输入或粘贴一些词语。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="138"/>
        <source>Choose a word file first.</source>
        <translation>请先选择词表文件。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="140"/>
        <source>The library has nothing of this kind yet.</source>
        <translation>资料库中还没有此类内容。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="221"/>
        <source>The library cannot be opened.</source>
        <translation>无法打开资料库。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="166"/>
        <source>Choose a Word File</source>
        <translation>选择词表文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="168"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>词表 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="230"/>
        <source>Folder of Recordings</source>
        <translation>录音文件夹</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="249"/>
        <source>Looking for a Mandarin voice…</source>
        <translation>正在查找普通话语音…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="255"/>
        <source>Voices</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="266"/>
        <source>Looking up the words…</source>
        <translation>正在查询词语…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="278"/>
        <source>{n} words in {d} deck(s).</source>
        <translation>{d} 个牌组，共 {n} 个词。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="282"/>
        <source>Preparing the deck</source>
        <translation>正在准备牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="122"/>
        <source>This word has no {card} card (it needs {what}).</source>
        <translation>此词没有{card}卡片（需要{what}）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="119"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="121"/>
        <source>an example sentence</source>
        <translation>一个例句</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="315"/>
        <source>Export Deck</source>
        <translation>导出牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="348"/>
        <source>Wrote {n} words to {path}.</source>
        <translation>已将 {n} 个词写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="346"/>
        <source>Wrote {path} ({n} pages).</source>
        <translation>已写入 {path}（{n} 页）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="352"/>
        <source>Wrote {path}: {notes} notes, {cards} cards, {kb} KB. Import it in Anki with File &gt; Import; importing a newer export updates the notes and keeps the reviews.</source>
        <translation>已写入 {path}：{notes} 条笔记，{cards} 张卡片，{kb} KB。在 Anki 中用“文件 &gt; 导入”导入；导入更新的版本会更新笔记并保留复习记录。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="358"/>
        <source>No stroke data for: {c}.</source>
        <translation>缺少笔顺数据：{c}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="362"/>
        <source>Left out, no card of the chosen types fits them: {words}.</source>
        <translation>未收入（没有适合所选卡片类型的卡片）：{words}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="368"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="369"/>
        <source>Exporting the deck</source>
        <translation>正在导出牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="533"/>
        <source>Words typed or pasted</source>
        <translation>输入或粘贴的词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="534"/>
        <source>Word file (.txt, .csv)</source>
        <translation>词表文件（.txt、.csv）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="535"/>
        <source>New words of a reader</source>
        <translation>读物中的生词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="536"/>
        <source>A lesson&apos;s vocabulary</source>
        <translation>一课的词汇</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="537"/>
        <source>A whole course (one subdeck per lesson)</source>
        <translation>整个课程（每课一个子牌组）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="538"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="14"/>
        <source>Anki deck (.apkg)</source>
        <translation>Anki 牌组（.apkg）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="16"/>
        <source>Study page (.html)</source>
        <translation>学习页 (.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="17"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="539"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="18"/>
        <source>Pleco flashcards (.txt)</source>
        <translation>Pleco 抽认卡（.txt）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="540"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="20"/>
        <source>Quizlet import (.txt)</source>
        <translation>Quizlet 导入文件（.txt）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="541"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="22"/>
        <source>Spreadsheet (.csv)</source>
        <translation>电子表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="542"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="24"/>
        <source>Spreadsheet (.tsv)</source>
        <translation>电子表格（.tsv）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="543"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="26"/>
        <source>Printable vocabulary list (.pdf)</source>
        <translation>可打印的词汇表（.pdf）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="544"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="15"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="545"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="19"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="21"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="546"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="23"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="547"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="25"/>
        <source>TSV files (*.tsv)</source>
        <translation>TSV 文件 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="548"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="27"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="549"/>
        <source>Recognition (hanzi → pinyin, meaning)</source>
        <translation>认读（汉字 → 拼音、词义）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="550"/>
        <source>Recall (meaning → hanzi)</source>
        <translation>回想（词义 → 汉字）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="551"/>
        <source>Listening (audio → hanzi)</source>
        <translation>听力（音频 → 汉字）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="552"/>
        <source>Sentence (fill the word into its example)</source>
        <translation>例句（把词语填入例句）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="553"/>
        <source>Recognition</source>
        <translation>认读</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="554"/>
        <source>Recall</source>
        <translation>回想</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="555"/>
        <source>Listening</source>
        <translation>听力</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="556"/>
        <source>Sentence</source>
        <translation>例句</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="23"/>
        <source>Make flashcards</source>
        <extracomment>what the state says and its buttons (found by pyside6-lupdate in this form)</extracomment>
        <translation>制作闪卡</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="24"/>
        <source>Type or paste the words on the left, one per line, choose a word list, or take the vocabulary of a lesson. The cards appear here, front and back, before you export the deck for Anki.</source>
        <translation>在左侧输入或粘贴词语（每行一个），选择词表，或使用某一课的生词。卡片的正面和背面会显示在这里，然后再导出 Anki 卡组。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="28"/>
        <source>Paste words</source>
        <translation>粘贴词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="29"/>
        <source>Choose a word list…</source>
        <translation>选择词表…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="30"/>
        <source>Use a lesson&apos;s words</source>
        <translation>使用某课的生词</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="76"/>
        <source>Pages</source>
        <extracomment>file suffix -&gt; page that opens it</extracomment>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="93"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="117"/>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="122"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="150"/>
        <source>Go to page {n}</source>
        <translation>转到第 {n} 个页面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="223"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="229"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="233"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="242"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="246"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="253"/>
        <source>Import course</source>
        <translation>导入课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="224"/>
        <source>The library is not available.</source>
        <translation>资料库不可用。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="234"/>
        <source>This course is already in your library. Import it as a copy?</source>
        <translation>此课程已在资料库中。要作为副本导入吗？</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="249"/>
        <source>Imported “{name}”: {n} lessons.</source>
        <translation>已导入“{name}”：{n} 课。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="254"/>
        <source>{n} pinyin corrections in the course differ from yours; yours were kept:</source>
        <translation>课程中有 {n} 条拼音更正与您的不同，已保留您的：</translation>
    </message>
</context>
<context>
    <name>DictionaryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="67"/>
        <source>Search: 银行, 銀行, yinhang, yin2hang2, yínháng or English (bank)</source>
        <translation>搜索：银行、銀行、yinhang、yin2hang2、yínháng 或英文（bank）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="562"/>
        <source>Classifiers:</source>
        <translation>量词：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="563"/>
        <source>Variants:</source>
        <translation>异体：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="564"/>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>HSK level</source>
        <translation>HSK 级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="98"/>
        <source>Dictionary entry</source>
        <translation>词典释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="101"/>
        <source>Copy hanzi</source>
        <translation>复制汉字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="103"/>
        <source>Copy pinyin</source>
        <translation>复制拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="105"/>
        <source>Copy line</source>
        <translation>复制整行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="107"/>
        <source>Word, pinyin and definitions on one line</source>
        <translation>词语、拼音和释义在同一行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="219"/>
        <source>Searching the dictionary</source>
        <translation>正在查词典</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="232"/>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="234"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="283"/>
        <source>Looking up</source>
        <translation>正在查询</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="330"/>
        <source>Frequency rank {rank}</source>
        <translation>词频排名第 {rank}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="333"/>
        <source>{standard} character level {level}</source>
        <translation>{standard} 汉字 {level} 级</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="336"/>
        <source>HSK2025 writing level {level}</source>
        <translation>HSK2025 书写 {level} 级</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="341"/>
        <source>Words with {char}:</source>
        <translation>含“{char}”的词：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="353"/>
        <source>not listed</source>
        <translation>未收录</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="378"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="27"/>
        <source>The reference dictionary is not built yet. Use File &gt; Build Reference Dictionary to build it (it takes a few seconds).</source>
        <translation>参考词典尚未生成。请使用“文件 &gt; 生成参考词典”生成（只需几秒钟）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="382"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="30"/>
        <source>The dictionary is loading…</source>
        <translation>词典正在加载…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="385"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="31"/>
        <source>Type a word in characters (simplified or traditional), in pinyin with or without tones, or in English. Results appear as you type.</source>
        <translation>输入汉字（简体或繁体）、拼音（带不带声调均可）或英文。结果随输入即时显示。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="407"/>
        <source>Copied: {text}</source>
        <translation>已复制：{text}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="25"/>
        <source>Look up a word</source>
        <extracomment>example searches: (object name, what is typed) what the state says (the sentences are the page&apos;s own hints, translated once)</extracomment>
        <translation>查词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="26"/>
        <source>Build the reference dictionary…</source>
        <translation>生成参考词典…</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="106"/>
        <source>Word drill: {title}</source>
        <extracomment>what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>生词操练：{title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="107"/>
        <source>Word drill shown in class</source>
        <translation>课堂上展示的生词操练</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="124"/>
        <source>◀ Back</source>
        <extracomment>the stroke data of the word being animated (None: the characters are shown)</extracomment>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="125"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="126"/>
        <source>Stroke order (S)</source>
        <translation>笔顺 (S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="128"/>
        <source>★ Mark to review (M)</source>
        <translation>★ 标记复习 (M)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="131"/>
        <source>Shuffle (R)</source>
        <translation>打乱顺序 (R)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="134"/>
        <source>Leave (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="169"/>
        <source>The words to review</source>
        <translation>需要复习的词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>characters</source>
        <translation>汉字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="171"/>
        <source>{n}/{total}: {word}  {pinyin}  {meaning}
(showing: {shown})</source>
        <translation>{n}/{total}：{word}  {pinyin}  {meaning}
（正在显示：{shown}）</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="23"/>
        <source>Preview…</source>
        <extracomment>every kind of output, in the order bars show them: (icon, name, what it does)</extracomment>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="24"/>
        <source>See the pages before printing</source>
        <translation>打印前查看各页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="25"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="26"/>
        <source>Save as a PDF file, to print or send</source>
        <translation>保存为 PDF 文件，用于打印或发送</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="27"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="28"/>
        <source>Save as a Word document, to edit</source>
        <translation>保存为 Word 文档，便于编辑</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="29"/>
        <source>Web page…</source>
        <translation>网页…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="30"/>
        <source>Save as a web page students open on a phone</source>
        <translation>保存为学生可在手机上打开的网页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="31"/>
        <source>Anki deck…</source>
        <translation>Anki 卡组…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="32"/>
        <source>Save as a deck to import into Anki</source>
        <translation>保存为可导入 Anki 的卡组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="33"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="34"/>
        <source>Save to a file to share with colleagues</source>
        <translation>保存为文件，与同事分享</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="35"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="36"/>
        <source>Print on paper</source>
        <translation>在纸上打印</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="29"/>
        <source>Chinese Teach Help</source>
        <translation>Chinese Teach 帮助</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="35"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="51"/>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="39"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="64"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="65"/>
        <source>Every start opens on the start page: back to the lesson and reader you opened last, the next lesson, quick actions and, the first time, four steps through the sample course. The navigation on the left groups the pages by what you do (Ctrl+1 to Ctrl+9 go to them). On the first start the app builds its reference dictionary (a few seconds); everything works offline.</source>
        <translation>每次启动都会打开开始页：一键回到上次打开的课和读物，查看下一课，使用快捷操作；第一次启动时还有用示例课程上手的四个步骤。左边的导航栏按你要做的事给页面分组（Ctrl+1 到 Ctrl+9 可直接跳转）。第一次启动时软件会生成参考词典（几秒钟）；所有功能都可离线使用。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="71"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="72"/>
        <source>Create a course, its units and lessons. A lesson holds its plan, texts, vocabulary and the new words proposed from its texts.</source>
        <translation>创建课程及其单元和课。每课包含教案、课文、词汇，以及从课文中提取的建议生词。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="74"/>
        <source>Worksheet preview</source>
        <translation>练习纸预览</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="75"/>
        <source>In a lesson, Print and export &gt; Preview… shows a worksheet&apos;s pages as they will print. Choose the kind, the boxes and the seed; show or hide the answer key; New version shuffles a sheet again (the same seed always gives the same sheet); then print it or export the PDF.</source>
        <translation>在课程的“打印和导出 &gt; 预览…”中，可以看到练习纸打印出来的样子。选择类型、格子和编号；显示或隐藏答案；“新版本”会重新打乱题目（同一个编号总是得到同一张练习纸）；然后打印或导出 PDF。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="79"/>
        <source>Reader studio</source>
        <translation>读物工作室</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="80"/>
        <source>Paste or open a text, choose which words get pinyin, and export a reader as PDF, web page or Word. Click a word to correct its reading.</source>
        <translation>粘贴或打开文本，选择哪些词标注拼音，然后将读物导出为 PDF、网页或 Word。点击词语可更正其读音。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="82"/>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="83"/>
        <source>Make Anki decks (stroke order, audio) or word lists for Pleco and Quizlet from typed words, a file, a reader, a lesson or a course.</source>
        <translation>可根据输入的词语、文件、读物、课或整个课程，制作 Anki 牌组（含笔顺、音频）或 Pleco、Quizlet 词表。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="85"/>
        <source>Dictionary and Quick annotate</source>
        <translation>词典和快速注音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="86"/>
        <source>Look up words by characters, pinyin or English. Quick annotate shows a text&apos;s pinyin and how many of its words are above an HSK level.</source>
        <translation>可按汉字、拼音或英文查词。“快速注音”显示文本的拼音，以及有多少词高于某个 HSK 级别。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="88"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="89"/>
        <source>Drop a .txt or .docx file on the window to open it in the Reader studio, or a course file (.ctcourse) to import it into the library. File &gt; Open Recent lists the files opened last.</source>
        <translation>将 .txt 或 .docx 文件拖到窗口上，即可在读物工作室中打开；拖入课程文件（.ctcourse）则导入资料库。“文件 &gt; 最近打开”列出最近打开的文件。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="92"/>
        <source>Language and display</source>
        <translation>语言和显示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="93"/>
        <source>Edit &gt; Preferences sets the interface language, the theme (follows the system, dark or high contrast), tone colours (a colour-blind safe scheme is offered) and the Chinese font size.</source>
        <translation>在“编辑 &gt; 首选项”中可设置界面语言、主题（跟随系统、深色或高对比度）、声调颜色（提供色盲友好配色）和中文字号。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="96"/>
        <source>Printed documents in your students&apos; language</source>
        <translation>用学生的语言打印文档</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="97"/>
        <source>Edit &gt; Preferences &gt; Document language sets the language of the headings, labels and instructions on readers, worksheets and their answer keys, lesson plans and vocabulary lists, printed or exported: English, Chinese, Spanish, French or Russian. By default it is the interface language. The Chinese text itself is never changed. On the command line, add --doc-lang es (or zh_CN, fr, ru).</source>
        <translation>“编辑 &gt; 偏好设置 &gt; 文档语言”决定读物、练习纸及其答案、教案和词汇表（打印或导出）上的标题、标签和说明所用的语言：英语、中文、西班牙语、法语或俄语。默认与界面语言相同。中文正文本身不会改变。在命令行中加上 --doc-lang es（或 zh_CN、fr、ru）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="123"/>
        <source>Next / previous control</source>
        <translation>下一个 / 上一个控件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="126"/>
        <source>Undo / redo in the library</source>
        <translation>在资料库中撤销 / 重做</translation>
    </message>
</context>
<context>
    <name>LessonActivitiesTable</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Materials</source>
        <translation>教具材料</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="56"/>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="59"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="139"/>
        <source>Total {total} of {duration} minutes.</source>
        <translation>共 {total} 分钟，课时 {duration} 分钟。</translation>
    </message>
</context>
<context>
    <name>LessonClassButtons</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="26"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="51"/>
        <source>Show the text in class</source>
        <translation>在课堂上展示课文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="28"/>
        <source>The text open on the Texts tab (or the lesson&apos;s first) full screen on the projector</source>
        <translation>把“课文”标签页中打开的课文（或本课第一篇）全屏投影</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="31"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="77"/>
        <source>Drill the words</source>
        <translation>操练生词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="33"/>
        <source>The lesson&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>本课生词逐个投影：汉字、拼音、释义、笔顺</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="52"/>
        <source>The lesson has no text yet: add one on the Texts tab.</source>
        <translation>本课还没有课文：请在“课文”标签页中添加。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="78"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>请等词典加载完毕。</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="84"/>
        <source>Plan</source>
        <extracomment>the analysis (proposals, coverage) arrived an export finished (Path) the coverage of the texts shown (None: something else is shown)</extracomment>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="88"/>
        <source>Texts</source>
        <translation>课文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="92"/>
        <source>Vocabulary</source>
        <translation>词汇</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="96"/>
        <source>Print and export</source>
        <translation>打印和导出</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="129"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="133"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="142"/>
        <source>One “can-do” statement per line, e.g. Can order food in a restaurant</source>
        <translation>每行一个“能做”目标，例如：能在饭馆点菜</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="147"/>
        <source>Use template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="149"/>
        <source>Replace the activities with the template&apos;s</source>
        <translation>用模板中的活动替换当前活动</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="45"/>
        <source>Type a grammar point or pick one you used before</source>
        <translation>输入语法点，或选择以前用过的</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="47"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="51"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="173"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="182"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="178"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="180"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="175"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="183"/>
        <source>Objectives</source>
        <translation>教学目标</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="187"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="110"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="188"/>
        <source>Activities</source>
        <translation>教学活动</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="189"/>
        <source>Grammar</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="190"/>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="191"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="218"/>
        <source>&lt;b&gt;{course}&lt;/b&gt; — lesson {n}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — 第 {n} 课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="222"/>
        <source>(no unit)</source>
        <translation>（无单元）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="291"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="448"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="433"/>
        <source>comfortable, at least 98%</source>
        <translation>轻松阅读，至少 98%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="435"/>
        <source>readable with help, at least 95%</source>
        <translation>借助帮助可读，至少 95%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="436"/>
        <source>below the 95% comfort threshold</source>
        <translation>低于 95% 的舒适阅读线</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="443"/>
        <source>“{title}”: {before}% of the words known before this lesson ({verdict_before}); {after}% with this lesson&apos;s vocabulary ({verdict_after}).</source>
        <translation>“{title}”：本课之前已学过的词占 {before}%（{verdict_before}）；加上本课生词占 {after}%（{verdict_after}）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="293"/>
        <source>Edit lesson “{title}”</source>
        <translation>编辑课“{title}”</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="356"/>
        <source>Finding the new words…</source>
        <translation>正在查找生词…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="365"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="373"/>
        <source>The lesson has no text yet: add one on the Texts tab to get proposed words.</source>
        <translation>本课还没有课文：请在“课文”标签页添加课文，以获得建议的生词。</translation>
    </message>
</context>
<context>
    <name>LessonExports</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="56"/>
        <source>Character writing (stroke order)</source>
        <extracomment>the controls the editor shows as its own (tests and the worksheet preview use them)</extracomment>
        <translation>汉字书写（笔顺）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Pinyin and tones</source>
        <translation>拼音和声调</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Fill in the blanks</source>
        <translation>选词填空</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="58"/>
        <source>Match words and meanings</source>
        <translation>词语与释义连线</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="59"/>
        <source>Put words in order</source>
        <translation>连词成句</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="60"/>
        <source>Dictation (听写): sheet, script and key</source>
        <translation>听写：练习纸、教师稿和答案</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="69"/>
        <source>What a dictation sheet prints beside each word&apos;s boxes</source>
        <translation>听写练习纸在每个词的方格旁印出的提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="15"/>
        <source>Pinyin as a hint</source>
        <translation>以拼音为提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="16"/>
        <source>Meaning as a hint</source>
        <translation>以词义为提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="17"/>
        <source>No hint</source>
        <translation>无提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="76"/>
        <source>The same number gives the same worksheet</source>
        <translation>相同的编号生成相同的练习纸</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="85"/>
        <source>The dictation as a Word document, to edit before printing</source>
        <translation>把听写保存为 Word 文档，打印前可以修改</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="88"/>
        <source>See the worksheet&apos;s pages and its answer key before printing</source>
        <translation>打印前查看练习纸的页面和答案</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="92"/>
        <source>The paper the worksheet is printed on</source>
        <translation>练习单打印用的纸张</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="107"/>
        <source>Lesson plan</source>
        <translation>教案</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="117"/>
        <source>Boxes</source>
        <translation>格子</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="120"/>
        <source>Seed</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="125"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="129"/>
        <source>Worksheet</source>
        <translation>练习纸</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="131"/>
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="132"/>
        <source>In class</source>
        <translation>课堂上</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="149"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="153"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="168"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>请等待词典加载完毕。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="188"/>
        <source>Writing the lesson plan…</source>
        <translation>正在写入教案…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="189"/>
        <source>Writing the worksheet…</source>
        <translation>正在写入练习纸…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="190"/>
        <source>Writing the Anki deck…</source>
        <translation>正在写入 Anki 牌组…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="196"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="99"/>
        <source>An Anki deck of the lesson&apos;s new words</source>
        <translation>本课生词的 Anki 卡组</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="53"/>
        <source>Add text</source>
        <extracomment>the controls the editor shows as its own (tests use them)</extracomment>
        <translation>添加课文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="56"/>
        <source>Delete text</source>
        <translation>删除课文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="59"/>
        <source>Open in Reader studio</source>
        <translation>在读物工作室中打开</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="64"/>
        <source>Title of the text</source>
        <translation>课文标题</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="67"/>
        <source>Type or paste the lesson&apos;s Chinese text</source>
        <translation>输入或粘贴本课的中文课文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="199"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="127"/>
        <source>Text {n}</source>
        <translation>课文 {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="217"/>
        <source>The Reader studio is not available; edit the text here.</source>
        <translation>读物工作室不可用，请在此编辑课文。</translation>
    </message>
</context>
<context>
    <name>LessonVocabPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <source>Word</source>
        <extracomment>The column of the meaning the lesson prints: the teacher&apos;s own (typed there), else the sense the word has in the lesson&apos;s texts or the dictionary&apos;s, shown greyed. the meaning a word prints when the teacher gives none (on the meaning cell) the proposals&apos; columns of the corpus frequency and the count in the texts (hidden: in the rows&apos; tooltips) and of the meaning the vocabulary changed (list[VocabItem]) a message for the teacher (bad pinyin typed)</extracomment>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="157"/>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="114"/>
        <source>Your pinyin for this word in this lesson; empty: the dictionary&apos;s. Double-click to type it (hao3 or hǎo).</source>
        <translation>您为本课此词指定的拼音；留空则用词典的。双击即可输入（hao3 或 hǎo）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="117"/>
        <source>What the reader, lesson plan, worksheets and deck print: your meaning if you gave one, else (greyed) the sense the word has in this lesson&apos;s texts (after a number, a measure word), else the dictionary&apos;s. Double-click to give your own.</source>
        <translation>读物、教案、练习纸和牌组打印的释义：如果您填写了释义就用您的；否则（灰色）用该词在本课课文中的意思（数词后为量词义），再否则用词典的释义。双击可填写您自己的释义。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="129"/>
        <source>Double-click Pinyin or Meaning to give this lesson your own (e.g. hao3 or hǎo); leave empty to use the dictionary&apos;s.</source>
        <translation>双击“拼音”或“词义”可为本课自定（如 hao3 或 hǎo）；留空则使用词典中的内容。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="141"/>
        <source>Add a word…</source>
        <translation>添加词语…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="143"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="146"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="149"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>New word</source>
        <translation>生词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Frequency</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>In text</source>
        <translation>课文中</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="169"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="172"/>
        <source>Accept all</source>
        <translation>全部采纳</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="188"/>
        <source>&lt;b&gt;Vocabulary of this lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;本课词汇&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="198"/>
        <source>&lt;b&gt;Proposed new words&lt;/b&gt; (from the lesson&apos;s texts)</source>
        <translation>&lt;b&gt;建议的生词&lt;/b&gt;（来自本课课文）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="281"/>
        <source>Write one pinyin syllable per character of {word}, e.g. hao3 or hǎo.</source>
        <translation>请为“{word}”的每个字写一个拼音音节，例如 hao3 或 hǎo。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="347"/>
        <source>{n} times in the lesson&apos;s texts; frequency in the corpus: {freq}</source>
        <translation>在本课课文中出现 {n} 次；语料库词频：{freq}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="354"/>
        <source>Every word of the texts is known or already in the vocabulary.</source>
        <translation>课文中的词语都已学过或已在词汇中。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="355"/>
        <source>{n} words the class does not know yet.</source>
        <translation>学生还不认识的词：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="368"/>
        <source>No later lesson depends on this vocabulary.</source>
        <translation>后面的课都不依赖这些词汇。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="373"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 项</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="375"/>
        <source>Changing this vocabulary changes what the class knows in the later lessons (their readers and decks): {names}</source>
        <translation>修改这些词汇会改变学生在后续课程中已掌握的词（及其读物和牌组）：{names}</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/levelbars.py" line="42"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="57"/>
        <source>Search courses, lessons and words</source>
        <translation>搜索课程、课和词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="31"/>
        <source>Course / lesson</source>
        <extracomment>A lesson&apos;s vocabulary, space separated, for the search (its tooltip is escaped text).</extracomment>
        <translation>课程 / 课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="41"/>
        <source>No course yet. Click New course below to plan one, or drop a course file shared by a colleague on the window.</source>
        <translation>还没有课程。点下面的“新建课程”开始备课，或把同事分享的课程文件拖到窗口上。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="69"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="284"/>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="70"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="294"/>
        <source>Course settings</source>
        <translation>课程设置</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="71"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="301"/>
        <source>New unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="72"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="330"/>
        <source>New lesson</source>
        <translation>新建课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="73"/>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="74"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="75"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="308"/>
        <source>Rename unit</source>
        <translation>重命名单元</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="76"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="77"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="78"/>
        <source>Shared courses…</source>
        <translation>共享课程…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="165"/>
        <source>The library cannot be opened: {err}</source>
        <translation>无法打开资料库：{err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="173"/>
        <source>Read-only: {why}</source>
        <translation>只读：{why}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="300"/>
        <source>Unit {n}</source>
        <translation>第 {n} 单元</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="327"/>
        <source>Lesson {n}</source>
        <translation>第 {n} 课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="338"/>
        <source>Duplicate lesson</source>
        <translation>复制课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="352"/>
        <source>Delete lesson “{t}”</source>
        <translation>删除课“{t}”</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="354"/>
        <source>Delete unit</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="356"/>
        <source>Delete course “{name}”</source>
        <translation>删除课程“{name}”</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="362"/>
        <source>Deleted. Undo puts it back.</source>
        <translation>已删除。撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="373"/>
        <source>A lesson stays in its course; duplicate it and export/import to share it.</source>
        <translation>课只能留在所属课程中；如需共享，请复制后导出/导入。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="385"/>
        <source>Move lesson</source>
        <translation>移动课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="398"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 项</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="400"/>
        <source>The class&apos;s known words changed for: {names}. Their readers and decks may need printing again.</source>
        <translation>以下课程中学生已掌握的词有变化：{names}。其读物和牌组可能需要重新打印。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="350"/>
        <source>Open Text File</source>
        <extracomment>A screen smaller than this (logical px) gets a maximised window on first start. the corpus is open and the level index loaded (or opening failed: False) False in screenshot mode: the teacher&apos;s window layout is left alone &quot;compact&quot; or &quot;full&quot; once the teacher used the fold button; &quot;&quot; = by window width page modules still to import (after the first paint)</extracomment>
        <translation>打开文本文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="351"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>文本文件 (*.txt *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="388"/>
        <source>Opening the dictionary…</source>
        <translation>正在打开词典…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="389"/>
        <source>Building the reference dictionary…</source>
        <translation>正在生成参考词典…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="390"/>
        <source>Loading the text engine…</source>
        <translation>正在加载文本引擎…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="392"/>
        <source>Reference dictionary not built</source>
        <translation>参考词典未生成</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="393"/>
        <source>Reference dictionary unavailable</source>
        <translation>参考词典不可用</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="408"/>
        <source>Opening the dictionary</source>
        <translation>正在打开词典</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="432"/>
        <source>Loading the text engine</source>
        <translation>正在加载文本引擎</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="199"/>
        <source>Show page names</source>
        <extracomment>Entries that are group headings carry their group key in this role. the teacher folded or unfolded the navigation by its button (True: icons only)</extracomment>
        <translation>显示页面名称</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="202"/>
        <source>Show icons only</source>
        <translation>只显示图标</translation>
    </message>
</context>
<context>
    <name>PageNavBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="351"/>
        <source>Previous page</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 = the paper&apos;s real size on screen). Page images kept for scrolling back (an A4 page at 300 % is about 35 MB). ``paint(painter, index)`` draws page ``index`` on a painter that maps points. pages were painted for the first time since :meth:`set_pages` (first page shown) pages painted since the last :meth:`set_pages` (tests and timings) the page at the top of the view changed (0-based) the zoom changed (mode or factor) new pages were set (their count may have changed)</extracomment>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="354"/>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="357"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="363"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="366"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="370"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="371"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="372"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="374"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="377"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="409"/>
        <source>of {n}</source>
        <translation>共 {n} 页</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="39"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="51"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>声调符号（nǐ hǎo）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="52"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>数字标调（ni3 hao3）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="53"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>注音符号（ㄋㄧˇ ㄏㄠˇ）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="60"/>
        <source>Show 一 and 不 with their changed tones (yí gè, bú shì)</source>
        <translation>“一”和“不”标变调（yí gè, bú shì）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="65"/>
        <source>Colour pinyin by tone</source>
        <translation>按声调给拼音上色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="74"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Tone {n}</source>
        <translation>第{n}声</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Neutral</source>
        <translation>轻声</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="93"/>
        <source>Automatic ({family})</source>
        <translation>自动（{family}）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="103"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="109"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="116"/>
        <source>Same as the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="122"/>
        <source>The language of the headings, labels and instructions printed on readers, worksheets, lesson plans and vocabulary lists (the Chinese text is not changed)</source>
        <translation>读物、练习纸、教案和词汇表上印出的标题、标签和说明所用的语言（中文正文不变）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="127"/>
        <source>Follow the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="134"/>
        <source>HSK standard:</source>
        <translation>HSK 标准：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="135"/>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="138"/>
        <source>Colour scheme:</source>
        <translation>配色方案：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="140"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="141"/>
        <source>Chinese font:</source>
        <translation>中文字体：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="142"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="143"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="144"/>
        <source>Document language:</source>
        <translation>文档语言：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="145"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="182"/>
        <source>Set by your school&apos;s configuration</source>
        <translation>由学校的配置设定</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="192"/>
        <source>Tone colour</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="527"/>
        <source>Standard (red, green, blue, purple, grey)</source>
        <extracomment>File name stem of the app&apos;s catalogues: ``chinese_teach_zh_CN.qm``. Every shipped language, the source language first. A code listed here must have a complete catalogue (tests/gui/test_i18n.py fails otherwise). Languages written right to left: the whole layout is mirrored for them. (pattern of the old text, new template, context), most fixed text first (&quot;{n} results&quot; pattern, message): translated again with the number found old text -&gt; new text, for texts that have one translation whatever their context (context, old text) -&gt; new text, for a text whose translation depends on where it is shown (French &quot;Annuler&quot; is &quot;Undo&quot; in the library and &quot;Cancel&quot; in a dialog)</extracomment>
        <translation>标准（红、绿、蓝、紫、灰）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="528"/>
        <source>MDBG (red, orange, green, blue, black)</source>
        <translation>MDBG（红、橙、绿、蓝、黑）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="529"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>色盲友好（Okabe-Ito）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="129"/>
        <location filename="../../chinese_teach/gui/i18n.py" line="530"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="79"/>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="90"/>
        <source>No notes for this lesson.</source>
        <translation>本课没有备注。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="99"/>
        <source>Restart the timer</source>
        <translation>重新计时</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="103"/>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="106"/>
        <source>Stop the timer while the class waits; click again to go on counting</source>
        <translation>全班等待时停止计时；再点一次继续计时</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="110"/>
        <source>On the projector now:</source>
        <translation>投影上现在是：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="117"/>
        <source>Next:</source>
        <translation>接下来：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="119"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="145"/>
        <source>(the end)</source>
        <extracomment>time counted before the last pause; the running part is ``_elapsed``</extracomment>
        <translation>（结束）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="50"/>
        <source>Show in class: {title}</source>
        <extracomment>the sentence shown changed (its index) what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>课堂展示：{title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="51"/>
        <source>Text shown in class</source>
        <translation>课堂展示的课文</translation>
    </message>
</context>
<context>
    <name>ReaderOptionsPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="44"/>
        <source>Every word</source>
        <translation>所有词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="45"/>
        <source>Words the class does not know</source>
        <translation>学生未学过的词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="46"/>
        <source>Words above the target level</source>
        <translation>高于目标级别的词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="47"/>
        <source>No pinyin</source>
        <translation>不标拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="49"/>
        <source>Pinyin on</source>
        <translation>拼音标注</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="51"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="53"/>
        <source>Target level</source>
        <translation>目标级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="55"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Known words</source>
        <translation>已学词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="56"/>
        <source>only the first time a word appears</source>
        <translation>仅在词语首次出现时</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="58"/>
        <source>each character</source>
        <translation>每个字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="59"/>
        <source>each word</source>
        <translation>每个词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="60"/>
        <source>Pinyin over</source>
        <translation>拼音位于</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="62"/>
        <source>tone marks (hǎo)</source>
        <translation>声调符号（hǎo）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="63"/>
        <source>tone numbers (hao3)</source>
        <translation>数字标调（hao3）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="64"/>
        <source>zhuyin (ㄏㄠˇ)</source>
        <translation>注音符号（ㄏㄠˇ）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="65"/>
        <source>no tones (hao)</source>
        <translation>不标声调（hao）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="67"/>
        <source>Tones</source>
        <translation>声调</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="68"/>
        <source>write 一 and 不 as spoken (yí gè, bú shì)</source>
        <translation>“一”“不”按实际读音标调（yí gè, bú shì）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="70"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>标出三声变调（nǐ hǎo → ní hǎo）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="73"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>在另一个三声前读作二声的三声字，其拼音下加虚线。拼音本身不变。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="77"/>
        <source>Tone colours</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="78"/>
        <source>colour the characters</source>
        <translation>给汉字上色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="79"/>
        <source>colour the pinyin</source>
        <translation>给拼音上色</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="83"/>
        <source>Characters</source>
        <translation>汉字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="85"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="87"/>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="89"/>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="99"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="91"/>
        <source>paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="92"/>
        <source>every 5th line</source>
        <translation>每 5 行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="94"/>
        <source>PDF and Word number every 5th line. A web page has no fixed lines, so the HTML export numbers the sentences instead.</source>
        <translation>PDF 和 Word 每隔 5 行标一个行号。网页没有固定的行，所以 HTML 导出改为给句子编号。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="96"/>
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="97"/>
        <source>table at the end</source>
        <translation>文末词表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="98"/>
        <source>numbered notes</source>
        <translation>编号注释</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="100"/>
        <source>Glossary</source>
        <translation>词汇表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="101"/>
        <source>not marked</source>
        <translation>不标记</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="102"/>
        <source>underlined</source>
        <translation>加下划线</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="103"/>
        <source>numbered</source>
        <translation>编号标注</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="104"/>
        <source>New words</source>
        <translation>生词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="106"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="108"/>
        <source>Margins</source>
        <translation>页边距</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="145"/>
        <source>Teaching font (default)</source>
        <translation>教学字体（默认）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="163"/>
        <source>{std} level {lvl}</source>
        <translation>{std} {lvl} 级</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="165"/>
        <source>{std} levels 1-{lvl}</source>
        <translation>{std} 1-{lvl} 级</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="167"/>
        <source>Word list file…</source>
        <translation>词表文件…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Word lists (*.txt *.csv *.tsv)</source>
        <translation>词表 (*.txt *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>ReaderWordPopup</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="67"/>
        <source>Dotted: Chinese Teach is not sure of this reading here (its dictionary and its model of the sentence disagree, or the model hesitates). Check it: choose or type the right reading below, and it is used from now on.</source>
        <extracomment>word, syllables, left context, right context (&quot;&quot; = everywhere)</extracomment>
        <translation>虚线：Chinese Teach 对此处的读音没有把握（词典与句子模型的判断不一致，或模型拿不准）。请核对：在下方选择或输入正确的读音，之后都会使用它。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="75"/>
        <source>Reading in this text:</source>
        <translation>本文中的读音：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="81"/>
        <source>or type one: zhang3 / zhǎng</source>
        <translation>或输入读音：zhang3 / zhǎng</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="85"/>
        <source>only next to these characters</source>
        <translation>仅在这些字旁边时</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="87"/>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="186"/>
        <source>Use this reading everywhere</source>
        <translation>所有地方都用此读音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="94"/>
        <source>Merge with next word</source>
        <translation>与下一个词合并</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="96"/>
        <source>Split into characters</source>
        <translation>拆分为单字</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="103"/>
        <source>meaning in the glossary</source>
        <translation>词汇表中的释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="104"/>
        <source>Save meaning</source>
        <translation>保存释义</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="142"/>
        <source>Not in the dictionary.</source>
        <translation>词典中没有此词。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="157"/>
        <source>only between “{l}” and “{r}”</source>
        <translation>仅在“{l}”和“{r}”之间</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="185"/>
        <source>Use this reading here</source>
        <translation>此处使用此读音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="203"/>
        <source>Type one syllable per character, e.g. zhang3.</source>
        <translation>每个字输入一个音节，例如 zhang3。</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="166"/>
        <source>Show in class</source>
        <translation>课堂展示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="168"/>
        <source>The text full screen on the projector, sentence by sentence (Esc leaves)</source>
        <translation>在投影仪上全屏逐句展示课文（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="99"/>
        <source>Saved readers</source>
        <extracomment>paragraphs annotated by the preview and the exports (written by workers)</extracomment>
        <translation>已保存的读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="105"/>
        <source>No saved reader yet. Type or paste a text on the right, then click Save.</source>
        <translation>还没有保存的读物。在右边输入或粘贴一段文字，然后点“保存”。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="108"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="110"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="122"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="124"/>
        <source>Class, lesson, date</source>
        <translation>班级、课、日期</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="130"/>
        <source>Type or paste the Chinese text here, one paragraph per line.</source>
        <translation>在此输入或粘贴中文文本，每行一段。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="134"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="139"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="143"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="145"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="226"/>
        <source>The library cannot be opened: {err}</source>
        <translation>无法打开资料库：{err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="251"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="343"/>
        <source>Saved “{title}”.</source>
        <translation>已保存“{title}”。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="354"/>
        <source>Delete reader</source>
        <translation>删除读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="355"/>
        <source>Delete “{title}” from the library?</source>
        <translation>要从资料库中删除“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="368"/>
        <source>Reader</source>
        <translation>读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Open a text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>文本 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="389"/>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="35"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="51"/>
        <source>Adding pinyin</source>
        <translation>正在添加拼音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="61"/>
        <source>{pages} page(s) · {words} words · {new} in the glossary · {desc}</source>
        <translation>{pages} 页 · {words} 个词 · 词汇表 {new} 个 · {desc}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="76"/>
        <source>The preview failed; see the log file.</source>
        <translation>预览失败，请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="420"/>
        <source>Class 3 · Lesson 5</source>
        <translation>三班 · 第 5 课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_edits.py" line="67"/>
        <source>Stored the reading of {word}.</source>
        <translation>已保存“{word}”的读音。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="43"/>
        <source>Export {fmt}</source>
        <translation>导出 {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="68"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="73"/>
        <source>Exporting {fmt}</source>
        <translation>正在导出 {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="97"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="558"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="559"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="560"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="69"/>
        <source>Drill the words</source>
        <translation>操练生词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="71"/>
        <source>The glossary&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>生词表里的词语逐个投影：汉字、拼音、释义、笔顺</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="346"/>
        <source>Anki deck…</source>
        <translation>Anki 牌组…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="349"/>
        <source>Dictation…</source>
        <translation>听写…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="350"/>
        <source>Student sheet, teacher&apos;s script and answer key, as PDF or Word</source>
        <translation>学生听写纸、教师朗读稿和答案，PDF 或 Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="356"/>
        <source>What the dictation sheet prints beside each word&apos;s boxes</source>
        <translation>听写纸上每个词的格子旁印的提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="361"/>
        <source>The paper the dictation is printed on</source>
        <translation>打印听写纸所用的纸张</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="365"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="367"/>
        <source>Word, pinyin and meaning, one word a line</source>
        <translation>词语、拼音和释义，每行一个词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="369"/>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="415"/>
        <source>Drill these again</source>
        <translation>再操练这些词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="373"/>
        <source>Leave (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="382"/>
        <source>Dictation:</source>
        <translation>听写：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="384"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="413"/>
        <source>{n} of {total} words to review</source>
        <translation>{total} 个词中有 {n} 个需要复习</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="417"/>
        <source>No word marked: the class knew all {total}.</source>
        <translation>没有标记的词：全班都掌握了这 {total} 个词。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="419"/>
        <source>Drill all again</source>
        <translation>全部再操练一遍</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="429"/>
        <source>Copied {n} words.</source>
        <translation>已复制 {n} 个词。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="434"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="436"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki 牌组 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="438"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="440"/>
        <source>Save the words to review</source>
        <translation>保存需要复习的词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="459"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>请等词典加载完毕。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="463"/>
        <source>{title}: words to review</source>
        <translation>{title}：需要复习的词语</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="475"/>
        <source>Writing the Anki deck…</source>
        <translation>正在写入 Anki 牌组…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="476"/>
        <source>Writing the dictation…</source>
        <translation>正在写入听写…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="480"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>SegmentationDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="106"/>
        <source>Add word cutting</source>
        <translation>添加分词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="111"/>
        <source>Keep it whole</source>
        <translation>不切分</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="112"/>
        <source>Split it into:</source>
        <translation>切分为：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="120"/>
        <source>pieces separated by spaces: 中国 银行</source>
        <translation>用空格分隔各部分：中国 银行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="124"/>
        <source>Word:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="142"/>
        <source>A word of one character cannot be kept whole or split.</source>
        <translation>单字词无法设为不切分或切分。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="150"/>
        <source>The pieces must spell {word}, in order.</source>
        <translation>各部分按顺序连起来必须是“{word}”。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="105"/>
        <source>Edit word cutting</source>
        <translation>编辑分词</translation>
    </message>
</context>
<context>
    <name>SharedCoursesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="37"/>
        <source>Shared courses</source>
        <translation>共享课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Lessons</source>
        <translation>课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="47"/>
        <source>In your library</source>
        <translation>在您的资料库中</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="54"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="68"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="69"/>
        <source>newer version available</source>
        <translation>有更新的版本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="81"/>
        <source>Courses shared by your school in {folder}. They are read-only here: import one to use and change it.</source>
        <translation>您的学校在 {folder} 中共享的课程。这里只能查看：导入一个课程后即可使用和修改。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="84"/>
        <source>There are no courses to show (the folder is empty or cannot be reached).</source>
        <translation>没有可显示的课程（文件夹为空或无法访问）。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="87"/>
        <source>{n} file(s) could not be read.</source>
        <translation>有 {n} 个文件无法读取。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="86"/>
        <source>Welcome to Chinese Teach</source>
        <extracomment>Settings of the guided path: hidden by the teacher, and the steps done. The page lays its cards in two columns from this width (logical px). A word of the sample course&apos;s first lesson, looked up in the last step.</extracomment>
        <translation>欢迎使用 Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="90"/>
        <source>Plan lessons, make pinyin readers, worksheets and Anki decks for your class. Where would you like to begin?</source>
        <translation>为你的班级备课，制作拼音读物、练习单和 Anki 卡组。想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="95"/>
        <source>First steps with the sample course</source>
        <translation>用示例课程快速上手</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="97"/>
        <source>Four clicks show what the app does, on the sample course made for you.</source>
        <translation>点四下，就能在为你准备的示例课程上看到本软件能做什么。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="105"/>
        <source>1. Open the first lesson: its words, plan and worksheets</source>
        <translation>1. 打开第一课：生词、教案和练习单</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="106"/>
        <source>2. Open its text as a pinyin reader</source>
        <translation>2. 把课文打开成拼音读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="107"/>
        <source>3. Turn its words into an Anki deck</source>
        <translation>3. 把生词做成 Anki 卡组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="108"/>
        <source>4. Look up one of its words: {word}</source>
        <translation>4. 查一个生词：{word}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="114"/>
        <source>Hide these steps</source>
        <translation>隐藏这些步骤</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="119"/>
        <source>Continue where you left off</source>
        <translation>从上次停下的地方继续</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="121"/>
        <source>Open lesson</source>
        <translation>打开课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="125"/>
        <source>Open reader</source>
        <translation>打开读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="130"/>
        <source>Nothing opened yet. Open a lesson in the Library or make a reader in the Reader studio: it will be here the next time.</source>
        <translation>还没有打开过任何内容。在“资料库”里打开一课，或在“读物工作室”里做一份读物，下次就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="138"/>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="140"/>
        <source>Prepare it</source>
        <translation>去备课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="145"/>
        <source>Open the Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="152"/>
        <source>Quick actions</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="158"/>
        <source>New lesson</source>
        <translation>新建课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="161"/>
        <source>Reader from the clipboard</source>
        <translation>用剪贴板内容做读物</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="164"/>
        <source>Reader from a file…</source>
        <translation>用文件做读物…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="168"/>
        <source>Deck from a word list…</source>
        <translation>用词表做卡组…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="177"/>
        <source>A word in characters, pinyin or English</source>
        <translation>汉字、拼音或英文</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="178"/>
        <source>Word to look up</source>
        <translation>要查的词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="181"/>
        <source>Look up</source>
        <translation>查词</translation>
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
        <translation>读物：{title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="292"/>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="301"/>
        <source>no date yet</source>
        <translation>尚未定日期</translation>
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
        <translation>这门课程的每一课都已讲完。请在资料库里添加下一课。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="309"/>
        <source>No course yet. Create one in the Library: its lessons will be listed here in order.</source>
        <translation>还没有课程。请在资料库里新建一门，它的课会按顺序列在这里。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="323"/>
        <source>The library is read-only.</source>
        <translation>资料库是只读的。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="352"/>
        <source>Create a course in the Library first: lessons belong to a course.</source>
        <translation>请先在资料库里新建课程：课都属于某门课程。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="363"/>
        <source>The clipboard holds no text. Copy a Chinese text first, then click again.</source>
        <translation>剪贴板里没有文字。请先复制一段中文，再点一次。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="371"/>
        <source>Open a Text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="372"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>文本 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="378"/>
        <source>Choose a Word List</source>
        <translation>选择词表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="379"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>词表 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="389"/>
        <source>Type a word to look up.</source>
        <translation>请输入要查的词。</translation>
    </message>
</context>
<context>
    <name>WorksheetPreviewDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="81"/>
        <source>Worksheet preview: {lesson}</source>
        <extracomment>Options settle this long before the pages are laid out again (typing a seed). The kinds whose content depends on the seed; a writing sheet makes no random choice (see ``core.documents.worksheet.build_worksheet``). the pages of new options are shown (the SheetDocument) the worksheet could not be made (the message shown) Export PDF wrote a file (Path)</extracomment>
        <translation>练习纸预览：{lesson}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="123"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="111"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="114"/>
        <source>Show the answer key</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="116"/>
        <source>The answer key is printed on its own page(s) at the end of the worksheet</source>
        <translation>答案单独印在练习纸最后的一页或几页上</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="136"/>
        <source>Worksheet pages</source>
        <translation>练习纸页面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="149"/>
        <source>The whole worksheet with its answer key, as the lesson editor&apos;s Worksheet (PDF) button writes it</source>
        <translation>整张练习纸连同答案，与课程编辑器中“练习纸（PDF）”按钮导出的相同</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="234"/>
        <source>Another seed: other choices, another order</source>
        <translation>换一个编号：换题目，换顺序</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="235"/>
        <source>A character writing sheet is the same for every seed</source>
        <translation>汉字书写练习纸不受编号影响，总是相同</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="260"/>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="268"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="319"/>
        <source>{pages} page(s)</source>
        <translation>{pages} 页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="321"/>
        <source>{pages} page(s); the answer key starts on page {key}</source>
        <translation>{pages} 页；答案从第 {key} 页开始</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="324"/>
        <source>{shown} page(s) of exercises; the answer key adds {more} page(s)</source>
        <translation>练习 {shown} 页；答案另有 {more} 页</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="361"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="32"/>
        <source>Chinese-English dictionary</source>
        <translation>汉英词典</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="35"/>
        <source>HSK levels</source>
        <translation>HSK 级别</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="38"/>
        <source>the icons of the navigation and the start page</source>
        <translation>导航栏和开始页的图标</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="41"/>
        <source>word segmentation and word frequencies</source>
        <translation>分词和词频</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="44"/>
        <source>pinyin readings and zhuyin</source>
        <translation>拼音读音和注音符号</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="47"/>
        <source>polyphone disambiguation model</source>
        <translation>多音字消歧模型</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="50"/>
        <source>stroke order data</source>
        <translation>笔顺数据</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="53"/>
        <source>stroke order animation</source>
        <translation>笔顺动画</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="56"/>
        <source>bundled Kai-style teaching font</source>
        <translation>随附的楷体教学字体</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="59"/>
        <source>fallback Chinese font</source>
        <translation>备用中文字体</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="62"/>
        <source>user interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="65"/>
        <source>Anki deck export</source>
        <translation>Anki 牌组导出</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="68"/>
        <source>corpus building</source>
        <translation>语料库生成</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="71"/>
        <source>simplified/traditional conversion</source>
        <translation>简繁转换</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="91"/>
        <source>Reference dictionary built {built}; CC-CEDICT of {date}.</source>
        <translation>参考词典生成于 {built}；CC-CEDICT 版本 {date}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="95"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt}.</source>
        <translation>Python {python}，PySide6 {pyside}，Qt {qt}。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="98"/>
        <source>Offline pinyin readers, lesson plans and Anki decks for teachers of Chinese.</source>
        <translation>为中文教师打造的离线拼音读物、教案和 Anki 牌组工具。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="101"/>
        <source>Dictionary entries from CC-CEDICT are shared under the same licence (CC BY-SA 4.0). Thanks to everyone who builds and maintains these projects.</source>
        <translation>来自 CC-CEDICT 的词条以相同许可（CC BY-SA 4.0）共享。感谢所有创建和维护这些项目的人。</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="105"/>
        <source>Data, fonts and libraries</source>
        <translation>数据、字体和程序库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="107"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="108"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="36"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="40"/>
        <source>&amp;Open Text File…</source>
        <translation>打开文本文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="42"/>
        <source>Open a .txt file in Quick annotate</source>
        <translation>在“快速注音”中打开 .txt 文件</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="44"/>
        <source>&amp;Build Reference Dictionary…</source>
        <translation>生成参考词典(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="46"/>
        <source>Build the dictionary and HSK lists used by every page</source>
        <translation>生成各页面使用的词典和 HSK 词表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="49"/>
        <source>&amp;Back Up Library Now</source>
        <translation>立即备份资料库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="51"/>
        <source>Write a backup of your library now</source>
        <translation>立即写入资料库备份</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="53"/>
        <source>&amp;Check Library</source>
        <translation>检查资料库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="55"/>
        <source>Check the library file for damage</source>
        <translation>检查资料库文件是否损坏</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="56"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="58"/>
        <source>Replace your library with one of its backups</source>
        <translation>用资料库的某个备份替换当前资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="61"/>
        <source>Quit Chinese Teach</source>
        <translation>退出 Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="64"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="66"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="68"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="70"/>
        <source>Focus the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="71"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="73"/>
        <source>&amp;Larger Chinese Text</source>
        <translation>增大中文字号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="75"/>
        <source>&amp;Smaller Chinese Text</source>
        <translation>减小中文字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="77"/>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="79"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="81"/>
        <source>&amp;About Chinese Teach</source>
        <translation>关于 Chinese Teach(&amp;A)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="429"/>
        <source>Quick annotate</source>
        <translation>快速注音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="434"/>
        <source>Paste a text to see its pinyin and HSK level profile</source>
        <translation>粘贴文本，查看拼音和 HSK 级别分布</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="442"/>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="447"/>
        <source>Look up words by characters, pinyin or English</source>
        <translation>按汉字、拼音或英文查词</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="390"/>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="395"/>
        <source>Anki decks with stroke order, and word lists for Pleco and Quizlet</source>
        <translation>带笔顺的 Anki 牌组，以及 Pleco 和 Quizlet 词表</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="422"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="427"/>
        <source>Courses, units and lessons: plan lessons, their new words, plans and worksheets</source>
        <translation>课程、单元和课：备课、生词、教案和练习纸</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="439"/>
        <source>Reader studio</source>
        <translation>读物工作室</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="444"/>
        <source>Pinyin readers for your class: PDF, web page and Word</source>
        <translation>为您的班级制作拼音读物：PDF、网页和 Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="65"/>
        <source>Plan</source>
        <extracomment>Modules under ``chinese_teach.gui.pages`` that may define a ``PAGE`` (explicit, so a frozen bundle finds them without package scanning). Missing ones are skipped. The navigation&apos;s groups, by what a teacher does: key and heading, in order. A page with no group (the start page) stands above them.</extracomment>
        <translation>备课</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="66"/>
        <source>Make materials</source>
        <translation>制作材料</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="67"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="68"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="366"/>
        <source>My corrections</source>
        <translation>我的更正</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="371"/>
        <source>Your pinyin corrections and word cutting, used in every annotation</source>
        <translation>您的拼音更正和分词，用于所有注音</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="429"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="433"/>
        <source>Where to begin: your last lesson and reader, the next lesson, quick actions</source>
        <translation>从这里开始：上次的课和读物、下一课、快捷操作</translation>
    </message>
</context>
<context>
    <name>savefile</name>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="21"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="22"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {name}。要替换吗？</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="54"/>
        <source>Something went wrong ({kind}). The details were written to the log file {path}.</source>
        <extracomment>Work shorter than this never shows a progress dialog. Progress reports closer together than this are merged.</extracomment>
        <translation>出现错误（{kind}）。详细信息已写入日志文件 {path}。</translation>
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
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="250"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
