<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="74"/>
        <source>The library {path} is in good order.</source>
        <translation>La biblioteca {path} está en buen estado.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="79"/>
        <source>{n} broken links between records</source>
        <translation>{n} enlaces rotos entre registros</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="80"/>
        <source>The library {path} has problems: {problems}. Restore a backup from the File menu.</source>
        <translation>La biblioteca {path} tiene problemas: {problems}. Restaure una copia de seguridad desde el menú Archivo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="82"/>
        <source>Contents: {counts}. Backups kept: {n}.</source>
        <translation>Contenido: {counts}. Copias de seguridad guardadas: {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="100"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="281"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="288"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="304"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="309"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="334"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="110"/>
        <source>Your library is replaced by the backup you choose. The current library is kept beside it and backed up first, so nothing is lost.</source>
        <translation>Su biblioteca se sustituye por la copia que elija. La biblioteca actual se respalda primero y se conserva al lado, así que no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="115"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="181"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="182"/>
        <source>The library cannot be opened: {err}</source>
        <translation>No se puede abrir la biblioteca: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="189"/>
        <source>The damaged file was kept as {path}; it was not deleted.</source>
        <translation>El archivo dañado se conservó como {path}; no se eliminó.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="190"/>
        <source>The damaged file was left in place.</source>
        <translation>El archivo dañado se dejó en su sitio.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="192"/>
        <source>Your library file is missing. It was not replaced by a new, empty library.</source>
        <translation>Falta el archivo de su biblioteca. No se ha sustituido por una biblioteca nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="194"/>
        <source>An earlier copy was kept as {path}.</source>
        <translation>Se ha conservado una copia anterior como {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="197"/>
        <source>Your library file is damaged ({detail}).</source>
        <translation>El archivo de su biblioteca está dañado ({detail}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="203"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="209"/>
        <source>Library damaged</source>
        <translation>Biblioteca dañada</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="200"/>
        <source>No good backup was found. Chinese Teach will start with the library unavailable; ask for help before changing the files.</source>
        <translation>No se encontró ninguna copia de seguridad válida. Chinese Teach se iniciará sin la biblioteca; pida ayuda antes de modificar los archivos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="206"/>
        <source>Restore the newest good backup, from {when} UTC? Changes made after that backup are not in it.</source>
        <translation>¿Restaurar la copia válida más reciente, del {when} UTC? Los cambios posteriores a esa copia no están en ella.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="222"/>
        <source>Library restored</source>
        <translation>Biblioteca restaurada</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="223"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="335"/>
        <source>The backup from {when} UTC was restored.</source>
        <translation>Se restauró la copia de seguridad del {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="238"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="254"/>
        <source>it is not open</source>
        <translation>no está abierta</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="176"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="243"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="246"/>
        <source>Back up</source>
        <extracomment>why the library could not be opened (&quot;&quot; when it is open) True while a backup is being restored (pages must not reopen the old file) the dialog that picks a backup; tests replace it</extracomment>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="245"/>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad escrita: {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="247"/>
        <source>A backup of your library was written to {path}.</source>
        <translation>Se escribió una copia de seguridad de su biblioteca en {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="259"/>
        <source>courses</source>
        <translation>cursos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="260"/>
        <source>lessons</source>
        <translation>lecciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="261"/>
        <source>readers</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="266"/>
        <source>Check library</source>
        <translation>Comprobar biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="282"/>
        <source>There is no backup of your library yet. Use File &gt; Back Up Now to make one.</source>
        <translation>Aún no hay ninguna copia de seguridad de su biblioteca. Use Archivo &gt; Copia de seguridad ahora para crear una.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="289"/>
        <source>Replace your library with the backup from {when} UTC? Changes made since then are not in it; the current library is kept beside it.</source>
        <translation>¿Sustituir su biblioteca por la copia del {when} UTC? Los cambios posteriores no están en ella; la biblioteca actual se conserva al lado.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="305"/>
        <source>Wait until the work in progress has finished, then restore.</source>
        <translation>Espere a que termine el trabajo en curso y luego restaure.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="310"/>
        <source>The library is open read-only ({why}); it cannot be replaced from here.</source>
        <translation>La biblioteca está abierta en solo lectura ({why}); no se puede sustituir desde aquí.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="333"/>
        <source> The previous library was kept as {path}.</source>
        <translation> La biblioteca anterior se conservó como {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="351"/>
        <source>Read-only library: {why}. You can read and export, but changes cannot be saved. Copy the library to a folder you can write to in order to edit it.</source>
        <translation>Biblioteca de solo lectura: {why}. Puede leer y exportar, pero no se pueden guardar los cambios. Para editarla, copie la biblioteca a una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="370"/>
        <source>The library is unavailable: {err}</source>
        <translation>La biblioteca no está disponible: {err}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="128"/>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="132"/>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
</context>
<context>
    <name>AnnotatePage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="78"/>
        <source>Paste or type Chinese text here, or open or drop a .txt file. The pinyin appears below.</source>
        <extracomment>The pinyin view shows this many characters at most (a 5 MB book would take seconds). Longer texts are profiled in a worker thread. settings key of the page&apos;s &quot;Mark third-tone changes&quot; box</extracomment>
        <translation>Pegue o escriba aquí un texto en chino, o abra o arrastre un archivo .txt. El pinyin aparece debajo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="81"/>
        <source>Open .txt…</source>
        <translation>Abrir .txt…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="83"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="86"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="88"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Marcar los cambios del tercer tono (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="91"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Una línea de puntos bajo el pinyin de un tercer tono que se pronuncia como segundo tono delante de otro tercer tono. El pinyin en sí no cambia.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="62"/>
        <source>Words above the target level</source>
        <extracomment>the teacher chose a target level in the list the teacher clicked a word in the list of words above the target the teacher clicked &quot;Open in the Dictionary&quot; under an entry</extracomment>
        <translation>Palabras por encima del nivel objetivo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="64"/>
        <source>Paste a Chinese text on the left: the words above your target level are listed here.</source>
        <translation>Pegue un texto en chino a la izquierda: aquí aparecerán las palabras por encima de su nivel objetivo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="73"/>
        <source>Dictionary entry</source>
        <translation>Entrada del diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="82"/>
        <source>Target level:</source>
        <translation>Nivel objetivo:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="83"/>
        <source>Estimated level:</source>
        <translation>Nivel estimado:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="87"/>
        <source>&lt;b&gt;Words per level&lt;/b&gt; (running words)</source>
        <translation>&lt;b&gt;Palabras por nivel&lt;/b&gt; (todas las apariciones)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="199"/>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="213"/>
        <source>Open Text File</source>
        <translation>Abrir archivo de texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="214"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.text);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="234"/>
        <source>Needs the reference dictionary (File menu)</source>
        <translation>Necesita el diccionario de referencia (menú Archivo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="236"/>
        <source>Loading the text engine…</source>
        <translation>Cargando el motor de texto…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="259"/>
        <source>Annotating…</source>
        <translation>Anotando…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="257"/>
        <source>Annotation stopped.</source>
        <translation>Anotación detenida.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="263"/>
        <source>Annotating the text</source>
        <translation>Anotando el texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="285"/>
        <source>Pinyin is shown for the first {shown} characters of {total}; the level profile covers the whole text.</source>
        <translation>El pinyin se muestra para los primeros {shown} caracteres de {total}; el perfil de niveles abarca todo el texto.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="111"/>
        <source>Levels of &lt;b&gt;{standard}&lt;/b&gt;</source>
        <translation>Niveles de &lt;b&gt;{standard}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="354"/>
        <source>Profiling the text</source>
        <translation>Analizando el texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="131"/>
        <source>beyond {standard} {top}</source>
        <translation>por encima de {standard} {top}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="133"/>
        <source>No level covers 95% of the running words; {pct}% of them are in no {standard} list (names, compounds, rare words).</source>
        <translation>Ningún nivel cubre el 95 % de las palabras del texto; el {pct} % no está en ninguna lista {standard} (nombres propios, compuestos, palabras raras).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="140"/>
        <source>The lowest level whose words cover 95% of the running words.</source>
        <translation>El nivel más bajo cuyas palabras cubren el 95 % de las palabras del texto.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="142"/>
        <source>{chars} characters ({unique_chars} different), {words} words ({unique_words} different), {none} words in no {standard} list</source>
        <translation>{chars} caracteres ({unique_chars} distintos), {words} palabras ({unique_words} distintas), {none} palabras fuera de toda lista {standard}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="156"/>
        <source>&lt;b&gt;{n} words above {standard} {level}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} palabras por encima de {standard} {level}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="362"/>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="390"/>
        <source>Looking up</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="182"/>
        <source>Open in the Dictionary</source>
        <translation>Abrir en el Diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="191"/>
        <source>Click a word in the annotated text to see its dictionary entry.</source>
        <translation>Haga clic en una palabra del texto anotado para ver su entrada en el diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="175"/>
        <source>Not in the dictionary.</source>
        <translation>No está en el diccionario.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="23"/>
        <source>Show in class</source>
        <translation>Mostrar en clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="25"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Espera a que se cargue el diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="30"/>
        <source>There is no text to show yet.</source>
        <translation>Todavía no hay texto que mostrar.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="56"/>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="84"/>
        <source>Word drill</source>
        <translation>Repaso de palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="57"/>
        <source>There are no words to drill yet: add some to the lesson&apos;s vocabulary.</source>
        <translation>Aún no hay palabras para repasar: añade algunas al vocabulario de la lección.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="85"/>
        <source>This reader has no glossary words to drill: choose a glossary in its options.</source>
        <translation>Este texto no tiene palabras de glosario para repasar: elige un glosario en sus opciones.</translation>
    </message>
</context>
<context>
    <name>CorpusBuildDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="36"/>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="83"/>
        <source>Building the reference dictionary</source>
        <translation>Creando el diccionario de referencia</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="41"/>
        <source>Chinese Teach is preparing its dictionary, HSK word lists and word frequencies from the data shipped with the app. This happens once and takes a few seconds. You can keep using the window meanwhile.</source>
        <translation>Chinese Teach está preparando su diccionario, las listas de palabras HSK y las frecuencias a partir de los datos incluidos en la aplicación. Solo ocurre una vez y tarda unos segundos. Mientras tanto puede seguir usando la ventana.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="54"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="56"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="121"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="126"/>
        <source>Building was cancelled. The dictionary and annotation need it: press Restart to build it now, or use File &gt; Build Reference Dictionary later.</source>
        <translation>Se canceló la creación. El diccionario y la anotación lo necesitan: pulse Reiniciar para crearlo ahora, o use Archivo &gt; Crear diccionario de referencia más tarde.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="130"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Edit reading</source>
        <translation>Editar lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="48"/>
        <source>one syllable per character: yín háng or yin2 hang2</source>
        <translation>una sílaba por carácter: yín háng o yin2 hang2</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="54"/>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="55"/>
        <source>anywhere</source>
        <translation>en cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="61"/>
        <source>Word:</source>
        <translation>Palabra:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="62"/>
        <source>Pinyin:</source>
        <translation>Pinyin:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="63"/>
        <source>Only after:</source>
        <translation>Solo después de:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="64"/>
        <source>Only before:</source>
        <translation>Solo antes de:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="65"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="83"/>
        <source>There is already a correction of {word} in this context.</source>
        <translation>Ya hay una corrección de {word} en este contexto.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="93"/>
        <source>{word} will be read {pinyin}.</source>
        <translation>{word} se leerá {pinyin}.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="69"/>
        <source>Search words, pinyin or notes</source>
        <extracomment>conflicts listed in the import summary (the rest are counted) deleted records, most recent last: each entry is one deletion (undo restores it)</extracomment>
        <translation>Buscar palabras, pinyin o notas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="46"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="55"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="47"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="48"/>
        <source>Only after</source>
        <translation>Solo después de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="49"/>
        <source>Only before</source>
        <translation>Solo antes de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="50"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="51"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="57"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="56"/>
        <source>Cut as</source>
        <translation>Cortar como</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="71"/>
        <source>No reading corrected yet. In the Reader studio, click a word of the preview to give it another reading: it is listed here and used in every annotation.</source>
        <translation>Todavía no ha corregido ninguna lectura. En el Taller de lecturas, haga clic en una palabra de la vista previa para darle otra lectura: aparecerá aquí y se usará en todas las anotaciones.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="75"/>
        <source>No word cutting changed yet. In the Reader studio, click a word of the preview to join it with the next one or to split it.</source>
        <translation>Todavía no ha cambiado ninguna división de palabras. En el Taller de lecturas, haga clic en una palabra de la vista previa para unirla con la siguiente o dividirla.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="80"/>
        <source>Add reading…</source>
        <translation>Añadir lectura…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="82"/>
        <source>Add word cutting…</source>
        <translation>Añadir segmentación…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="83"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="84"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="85"/>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="86"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="105"/>
        <source>Readings you chose in the Reader studio, or added here, are used in every annotation from now on; a re-annotation never overwrites them. A reading with a context applies only between those characters, and the most specific one wins.</source>
        <translation>Las lecturas que elija en el Taller de lecturas, o que añada aquí, se usan desde ahora en todas las anotaciones; una nueva anotación nunca las sobrescribe. Una lectura con contexto solo se aplica entre esos caracteres, y gana la más específica.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="113"/>
        <source>keep whole</source>
        <translation>mantener entera</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="115"/>
        <source>split: {parts}</source>
        <translation>dividir: {parts}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="124"/>
        <source>Readings ({n})</source>
        <translation>Lecturas ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="126"/>
        <source>Word cutting ({n})</source>
        <translation>Segmentación ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="189"/>
        <source>The library is not available.</source>
        <translation>La biblioteca no está disponible.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="191"/>
        <source>{shown} of {total} shown.</source>
        <translation>Se muestran {shown} de {total}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="195"/>
        <source>No corrections yet. Click a word in the Reader studio to choose its reading, or add one here.</source>
        <translation>Aún no hay correcciones. Haga clic en una palabra en el Taller de lecturas para elegir su lectura, o añada una aquí.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="240"/>
        <source>Export corrections</source>
        <translation>Exportar correcciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="241"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <source>Corrections (*.json)</source>
        <translation>Correcciones (*.json)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="347"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="361"/>
        <source>Import corrections</source>
        <translation>Importar correcciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="263"/>
        <source>{word} is now read {pinyin}.</source>
        <translation>{word} ahora se lee {pinyin}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="310"/>
        <source>Deleted {words}.</source>
        <translation>Se eliminó {words}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="321"/>
        <source>Restored {n} deleted item(s).</source>
        <translation>Se restauraron {n} elemento(s) eliminado(s).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="335"/>
        <source>Exported {n} corrections to {path}.</source>
        <translation>Se exportaron {n} correcciones a {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="351"/>
        <source>Added {readings} readings and {cuts} word cuttings; {same} were already here.</source>
        <translation>Se añadieron {readings} lecturas y {cuts} segmentaciones; {same} ya estaban.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="359"/>
        <source>{n} differ from yours; yours were kept:</source>
        <translation>{n} difieren de las suyas; se conservaron las suyas:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="230"/>
        <source>Look up {word} in the dictionary</source>
        <translation>Buscar {word} en el diccionario</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="33"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="39"/>
        <source>Import a word list…</source>
        <translation>Importar una lista de palabras…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="56"/>
        <source>none (a beginners&apos; class)</source>
        <translation>ninguno (grupo de principiantes)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="59"/>
        <source>Class / learners</source>
        <translation>Grupo / alumnos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="60"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="61"/>
        <source>Target level</source>
        <translation>Nivel objetivo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="62"/>
        <source>Class already knows up to level</source>
        <translation>El grupo ya conoce hasta el nivel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="66"/>
        <source>and the words of</source>
        <translation>y las palabras de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="75"/>
        <source>(no word list)</source>
        <translation>(sin lista de palabras)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="85"/>
        <source>Import a word list</source>
        <translation>Importar una lista de palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="86"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas de palabras (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="106"/>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="34"/>
        <source>[stroke-order animation plays here in Anki]</source>
        <translation>[en Anki aquí se reproduce la animación del orden de trazos]</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="59"/>
        <source>银行 你好 谢谢 … (one per line, or spaces)</source>
        <extracomment>source kinds in the order of the combo box, with their labels the kinds chosen in the list of library items</extracomment>
        <translation>银行 你好 谢谢 … (una por línea, o separadas por espacios)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="63"/>
        <source>Deck name (e.g. Week 3 words)</source>
        <translation>Nombre del mazo (p. ej., Palabras de la semana 3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="73"/>
        <source>Word file</source>
        <translation>Archivo de palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="80"/>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="74"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="85"/>
        <source>Library item</source>
        <translation>Elemento de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="64"/>
        <source>Card types</source>
        <translation>Tipos de tarjeta</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="71"/>
        <source>Stroke-order animation on the back</source>
        <translation>Animación del orden de trazos en el reverso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="73"/>
        <source>Synthetic Mandarin audio where there is no recording</source>
        <translation>Audio sintético en mandarín cuando no hay grabación</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="78"/>
        <source>Folder of your recordings, named after the words (银行.mp3)</source>
        <translation>Carpeta de sus grabaciones, con el nombre de cada palabra (银行.mp3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="90"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="101"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="103"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="67"/>
        <source>Preview without JavaScript: in Anki the back animates the stroke order and plays the audio; this preview shows where they go.</source>
        <translation>Vista previa sin JavaScript: en Anki el reverso anima el orden de trazos y reproduce el audio; esta vista muestra dónde van.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="75"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="77"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="81"/>
        <source>Front</source>
        <translation>Anverso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="82"/>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="135"/>
        <source>Type or paste some words first.</source>
        <translation>Escriba o pegue primero algunas palabras.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="138"/>
        <source>Choose a word file first.</source>
        <translation>Elija primero un archivo de palabras.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="140"/>
        <source>The library has nothing of this kind yet.</source>
        <translation>La biblioteca aún no tiene nada de este tipo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="221"/>
        <source>The library cannot be opened.</source>
        <translation>No se puede abrir la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="166"/>
        <source>Choose a Word File</source>
        <translation>Elegir un archivo de palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="168"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas de palabras (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="230"/>
        <source>Folder of Recordings</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="249"/>
        <source>Looking for a Mandarin voice…</source>
        <translation>Buscando una voz en mandarín…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="255"/>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="266"/>
        <source>Looking up the words…</source>
        <translation>Buscando las palabras…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="278"/>
        <source>{n} words in {d} deck(s).</source>
        <translation>{n} palabras en {d} mazo(s).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="282"/>
        <source>Preparing the deck</source>
        <translation>Preparando el mazo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="122"/>
        <source>This word has no {card} card (it needs {what}).</source>
        <translation>Esta palabra no tiene tarjeta de {card} (necesita {what}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="119"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="121"/>
        <source>an example sentence</source>
        <translation>una frase de ejemplo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="315"/>
        <source>Export Deck</source>
        <translation>Exportar mazo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="348"/>
        <source>Wrote {n} words to {path}.</source>
        <translation>Se escribieron {n} palabras en {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="346"/>
        <source>Wrote {path} ({n} pages).</source>
        <translation>Se escribió {path} ({n} páginas).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="352"/>
        <source>Wrote {path}: {notes} notes, {cards} cards, {kb} KB. Import it in Anki with File &gt; Import; importing a newer export updates the notes and keeps the reviews.</source>
        <translation>Se escribió {path}: {notes} notas, {cards} tarjetas, {kb} KB. Impórtelo en Anki con Archivo &gt; Importar; importar una exportación más reciente actualiza las notas y conserva los repasos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="358"/>
        <source>No stroke data for: {c}.</source>
        <translation>Sin datos de trazos para: {c}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="362"/>
        <source>Left out, no card of the chosen types fits them: {words}.</source>
        <translation>Omitidas, porque ninguna tarjeta de los tipos elegidos les corresponde: {words}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="368"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="369"/>
        <source>Exporting the deck</source>
        <translation>Exportando el mazo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="533"/>
        <source>Words typed or pasted</source>
        <translation>Palabras escritas o pegadas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="534"/>
        <source>Word file (.txt, .csv)</source>
        <translation>Archivo de palabras (.txt, .csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="535"/>
        <source>New words of a reader</source>
        <translation>Palabras nuevas de una lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="536"/>
        <source>A lesson&apos;s vocabulary</source>
        <translation>El vocabulario de una lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="537"/>
        <source>A whole course (one subdeck per lesson)</source>
        <translation>Un curso completo (un submazo por lección)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="538"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="14"/>
        <source>Anki deck (.apkg)</source>
        <translation>Mazo de Anki (.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="16"/>
        <source>Study page (.html)</source>
        <translation>Página de estudio (.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="17"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="539"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="18"/>
        <source>Pleco flashcards (.txt)</source>
        <translation>Tarjetas de Pleco (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="540"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="20"/>
        <source>Quizlet import (.txt)</source>
        <translation>Importación a Quizlet (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="541"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="22"/>
        <source>Spreadsheet (.csv)</source>
        <translation>Hoja de cálculo (.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="542"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="24"/>
        <source>Spreadsheet (.tsv)</source>
        <translation>Hoja de cálculo (.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="543"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="26"/>
        <source>Printable vocabulary list (.pdf)</source>
        <translation>Lista de vocabulario imprimible (.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="544"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="15"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Mazo de Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="545"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="19"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="21"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="546"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="23"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="547"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="25"/>
        <source>TSV files (*.tsv)</source>
        <translation>Archivos TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="548"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="27"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="549"/>
        <source>Recognition (hanzi → pinyin, meaning)</source>
        <translation>Reconocimiento (hanzi → pinyin, significado)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="550"/>
        <source>Recall (meaning → hanzi)</source>
        <translation>Evocación (significado → hanzi)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="551"/>
        <source>Listening (audio → hanzi)</source>
        <translation>Comprensión oral (audio → hanzi)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="552"/>
        <source>Sentence (fill the word into its example)</source>
        <translation>Frase (completar el ejemplo con la palabra)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="553"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="554"/>
        <source>Recall</source>
        <translation>Evocación</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="555"/>
        <source>Listening</source>
        <translation>Comprensión oral</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="556"/>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="23"/>
        <source>Make flashcards</source>
        <extracomment>what the state says and its buttons (found by pyside6-lupdate in this form)</extracomment>
        <translation>Crear tarjetas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="24"/>
        <source>Type or paste the words on the left, one per line, choose a word list, or take the vocabulary of a lesson. The cards appear here, front and back, before you export the deck for Anki.</source>
        <translation>Escriba o pegue las palabras a la izquierda, una por línea, elija una lista de palabras o tome el vocabulario de una lección. Las tarjetas aparecen aquí, anverso y reverso, antes de exportar el mazo para Anki.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="28"/>
        <source>Paste words</source>
        <translation>Pegar palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="29"/>
        <source>Choose a word list…</source>
        <translation>Elegir una lista de palabras…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="30"/>
        <source>Use a lesson&apos;s words</source>
        <translation>Usar las palabras de una lección</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="76"/>
        <source>Pages</source>
        <extracomment>file suffix -&gt; page that opens it</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="93"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="117"/>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="122"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="150"/>
        <source>Go to page {n}</source>
        <translation>Ir a la página {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="223"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="229"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="233"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="242"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="246"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="253"/>
        <source>Import course</source>
        <translation>Importar curso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="224"/>
        <source>The library is not available.</source>
        <translation>La biblioteca no está disponible.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="234"/>
        <source>This course is already in your library. Import it as a copy?</source>
        <translation>Este curso ya está en su biblioteca. ¿Importarlo como copia?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="249"/>
        <source>Imported “{name}”: {n} lessons.</source>
        <translation>Se importó «{name}»: {n} lecciones.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="254"/>
        <source>{n} pinyin corrections in the course differ from yours; yours were kept:</source>
        <translation>{n} correcciones de pinyin del curso difieren de las suyas; se conservaron las suyas:</translation>
    </message>
</context>
<context>
    <name>DictionaryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="67"/>
        <source>Search: 银行, 銀行, yinhang, yin2hang2, yínháng or English (bank)</source>
        <translation>Buscar: 银行, 銀行, yinhang, yin2hang2, yínháng o en inglés (bank)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="562"/>
        <source>Classifiers:</source>
        <translation>Clasificadores:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="563"/>
        <source>Variants:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="564"/>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>HSK level</source>
        <translation>Nivel HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="98"/>
        <source>Dictionary entry</source>
        <translation>Entrada del diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="101"/>
        <source>Copy hanzi</source>
        <translation>Copiar hanzi</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="103"/>
        <source>Copy pinyin</source>
        <translation>Copiar pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="105"/>
        <source>Copy line</source>
        <translation>Copiar línea</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="107"/>
        <source>Word, pinyin and definitions on one line</source>
        <translation>Palabra, pinyin y definiciones en una línea</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="219"/>
        <source>Searching the dictionary</source>
        <translation>Buscando en el diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="232"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="234"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="283"/>
        <source>Looking up</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="330"/>
        <source>Frequency rank {rank}</source>
        <translation>Rango de frecuencia {rank}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="333"/>
        <source>{standard} character level {level}</source>
        <translation>{standard}, caracteres, nivel {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="336"/>
        <source>HSK2025 writing level {level}</source>
        <translation>HSK2025, escritura, nivel {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="341"/>
        <source>Words with {char}:</source>
        <translation>Palabras con {char}:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="353"/>
        <source>not listed</source>
        <translation>no incluida</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="378"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="27"/>
        <source>The reference dictionary is not built yet. Use File &gt; Build Reference Dictionary to build it (it takes a few seconds).</source>
        <translation>El diccionario de referencia aún no se ha creado. Use Archivo &gt; Crear diccionario de referencia para crearlo (tarda unos segundos).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="382"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="30"/>
        <source>The dictionary is loading…</source>
        <translation>El diccionario se está cargando…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="385"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="31"/>
        <source>Type a word in characters (simplified or traditional), in pinyin with or without tones, or in English. Results appear as you type.</source>
        <translation>Escriba una palabra en caracteres (simplificados o tradicionales), en pinyin con o sin tonos, o en inglés. Los resultados aparecen mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="407"/>
        <source>Copied: {text}</source>
        <translation>Copiado: {text}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="25"/>
        <source>Look up a word</source>
        <extracomment>example searches: (object name, what is typed) what the state says (the sentences are the page&apos;s own hints, translated once)</extracomment>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="26"/>
        <source>Build the reference dictionary…</source>
        <translation>Crear el diccionario de referencia…</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="106"/>
        <source>Word drill: {title}</source>
        <extracomment>what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Repaso de palabras: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="107"/>
        <source>Word drill shown in class</source>
        <translation>Repaso de palabras mostrado en clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="124"/>
        <source>◀ Back</source>
        <extracomment>the stroke data of the word being animated (None: the characters are shown)</extracomment>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="125"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="126"/>
        <source>Stroke order (S)</source>
        <translation>Orden de trazos (S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="128"/>
        <source>★ Mark to review (M)</source>
        <translation>★ Marcar para repasar (M)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="131"/>
        <source>Shuffle (R)</source>
        <translation>Mezclar (R)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="134"/>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="169"/>
        <source>The words to review</source>
        <translation>Las palabras para repasar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>meaning</source>
        <translation>significado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="171"/>
        <source>{n}/{total}: {word}  {pinyin}  {meaning}
(showing: {shown})</source>
        <translation>{n}/{total}: {word}  {pinyin}  {meaning}
(se muestra: {shown})</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="23"/>
        <source>Preview…</source>
        <extracomment>every kind of output, in the order bars show them: (icon, name, what it does)</extracomment>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="24"/>
        <source>See the pages before printing</source>
        <translation>Ver las páginas antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="25"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="26"/>
        <source>Save as a PDF file, to print or send</source>
        <translation>Guardar como PDF, para imprimir o enviar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="27"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="28"/>
        <source>Save as a Word document, to edit</source>
        <translation>Guardar como documento de Word, para editarlo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="29"/>
        <source>Web page…</source>
        <translation>Página web…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="30"/>
        <source>Save as a web page students open on a phone</source>
        <translation>Guardar como página web que los alumnos abren en el móvil</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="31"/>
        <source>Anki deck…</source>
        <translation>Mazo de Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="32"/>
        <source>Save as a deck to import into Anki</source>
        <translation>Guardar como mazo para importar en Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="33"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="34"/>
        <source>Save to a file to share with colleagues</source>
        <translation>Guardar en un archivo para compartir con colegas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="35"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="36"/>
        <source>Print on paper</source>
        <translation>Imprimir en papel</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="29"/>
        <source>Chinese Teach Help</source>
        <translation>Ayuda de Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="35"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="51"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="39"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="64"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="65"/>
        <source>Every start opens on the start page: back to the lesson and reader you opened last, the next lesson, quick actions and, the first time, four steps through the sample course. The navigation on the left groups the pages by what you do (Ctrl+1 to Ctrl+9 go to them). On the first start the app builds its reference dictionary (a few seconds); everything works offline.</source>
        <translation>Cada inicio abre la página de inicio: vuelva a la última lección y lectura que abrió, vea la próxima lección, use las acciones rápidas y, la primera vez, cuatro pasos por el curso de ejemplo. La navegación de la izquierda agrupa las páginas según lo que hace (Ctrl+1 a Ctrl+9 llevan a ellas). En el primer inicio la aplicación crea su diccionario de referencia (unos segundos); todo funciona sin conexión.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="71"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="72"/>
        <source>Create a course, its units and lessons. A lesson holds its plan, texts, vocabulary and the new words proposed from its texts.</source>
        <translation>Cree un curso, sus unidades y lecciones. Una lección contiene su plan, textos, vocabulario y las palabras nuevas propuestas a partir de sus textos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="74"/>
        <source>Worksheet preview</source>
        <translation>Vista previa de la ficha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="75"/>
        <source>In a lesson, Print and export &gt; Preview… shows a worksheet&apos;s pages as they will print. Choose the kind, the boxes and the seed; show or hide the answer key; New version shuffles a sheet again (the same seed always gives the same sheet); then print it or export the PDF.</source>
        <translation>En una lección, Imprimir y exportar &gt; Vista previa… muestra las páginas de una ficha tal como se imprimirán. Elija el tipo, la cuadrícula y el número; muestre u oculte las soluciones; Nueva versión vuelve a mezclar la ficha (el mismo número da siempre la misma ficha); después imprímala o exporte el PDF.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="79"/>
        <source>Reader studio</source>
        <translation>Taller de lecturas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="80"/>
        <source>Paste or open a text, choose which words get pinyin, and export a reader as PDF, web page or Word. Click a word to correct its reading.</source>
        <translation>Pegue o abra un texto, elija qué palabras llevan pinyin y exporte la lectura como PDF, página web o Word. Haga clic en una palabra para corregir su lectura.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="82"/>
        <source>Decks</source>
        <translation>Mazos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="83"/>
        <source>Make Anki decks (stroke order, audio) or word lists for Pleco and Quizlet from typed words, a file, a reader, a lesson or a course.</source>
        <translation>Cree mazos de Anki (orden de trazos, audio) o listas de palabras para Pleco y Quizlet a partir de palabras escritas, un archivo, una lectura, una lección o un curso.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="85"/>
        <source>Dictionary and Quick annotate</source>
        <translation>Diccionario y Anotación rápida</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="86"/>
        <source>Look up words by characters, pinyin or English. Quick annotate shows a text&apos;s pinyin and how many of its words are above an HSK level.</source>
        <translation>Busque palabras por caracteres, pinyin o en inglés. Anotación rápida muestra el pinyin de un texto y cuántas de sus palabras están por encima de un nivel HSK.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="88"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="89"/>
        <source>Drop a .txt or .docx file on the window to open it in the Reader studio, or a course file (.ctcourse) to import it into the library. File &gt; Open Recent lists the files opened last.</source>
        <translation>Arrastre un archivo .txt o .docx a la ventana para abrirlo en el Taller de lecturas, o un archivo de curso (.ctcourse) para importarlo a la biblioteca. Archivo &gt; Abrir reciente muestra los últimos archivos abiertos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="92"/>
        <source>Language and display</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="93"/>
        <source>Edit &gt; Preferences sets the interface language, the theme (follows the system, dark or high contrast), tone colours (a colour-blind safe scheme is offered) and the Chinese font size.</source>
        <translation>En Editar &gt; Preferencias se elige el idioma de la interfaz, el tema (según el sistema, oscuro o alto contraste), los colores de tono (hay un esquema apto para daltónicos) y el tamaño del texto chino.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="96"/>
        <source>Printed documents in your students&apos; language</source>
        <translation>Documentos impresos en el idioma de sus alumnos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="97"/>
        <source>Edit &gt; Preferences &gt; Document language sets the language of the headings, labels and instructions on readers, worksheets and their answer keys, lesson plans and vocabulary lists, printed or exported: English, Chinese, Spanish, French or Russian. By default it is the interface language. The Chinese text itself is never changed. On the command line, add --doc-lang es (or zh_CN, fr, ru).</source>
        <translation>Editar &gt; Preferencias &gt; Idioma de los documentos fija el idioma de los títulos, etiquetas e instrucciones de las lecturas, las fichas y sus soluciones, los planes de clase y las listas de vocabulario, impresos o exportados: inglés, chino, español, francés o ruso. Por defecto es el idioma de la interfaz. El texto chino nunca se modifica. En la línea de órdenes, añada --doc-lang es (o zh_CN, fr, ru).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="123"/>
        <source>Next / previous control</source>
        <translation>Control siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="126"/>
        <source>Undo / redo in the library</source>
        <translation>Deshacer / rehacer en la biblioteca</translation>
    </message>
</context>
<context>
    <name>LessonActivitiesTable</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="56"/>
        <source>Add activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="59"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="139"/>
        <source>Total {total} of {duration} minutes.</source>
        <translation>Total: {total} de {duration} minutos.</translation>
    </message>
</context>
<context>
    <name>LessonClassButtons</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="26"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="51"/>
        <source>Show the text in class</source>
        <translation>Mostrar el texto en clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="28"/>
        <source>The text open on the Texts tab (or the lesson&apos;s first) full screen on the projector</source>
        <translation>El texto abierto en la pestaña Textos (o el primero de la lección) a pantalla completa en el proyector</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="31"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="77"/>
        <source>Drill the words</source>
        <translation>Repasar las palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="33"/>
        <source>The lesson&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Las palabras de la lección una a una en el proyector: caracteres, pinyin, significado, orden de trazos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="52"/>
        <source>The lesson has no text yet: add one on the Texts tab.</source>
        <translation>La lección aún no tiene texto: añade uno en la pestaña Textos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="78"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Espera a que se cargue el diccionario.</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="84"/>
        <source>Plan</source>
        <extracomment>the analysis (proposals, coverage) arrived an export finished (Path) the coverage of the texts shown (None: something else is shown)</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="88"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="92"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="96"/>
        <source>Print and export</source>
        <translation>Imprimir y exportar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="129"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="133"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="142"/>
        <source>One “can-do” statement per line, e.g. Can order food in a restaurant</source>
        <translation>Un objetivo «puedo…» por línea, p. ej., Puede pedir comida en un restaurante</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="147"/>
        <source>Use template</source>
        <translation>Usar plantilla</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="149"/>
        <source>Replace the activities with the template&apos;s</source>
        <translation>Reemplazar las actividades por las de la plantilla</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="45"/>
        <source>Type a grammar point or pick one you used before</source>
        <translation>Escriba un punto gramatical o elija uno usado antes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="47"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="51"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="173"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="182"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="178"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="180"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="175"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="183"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="187"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="110"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="188"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="189"/>
        <source>Grammar</source>
        <translation>Gramática</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="190"/>
        <source>Homework</source>
        <translation>Deberes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="191"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="218"/>
        <source>&lt;b&gt;{course}&lt;/b&gt; — lesson {n}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — lección {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="222"/>
        <source>(no unit)</source>
        <translation>(sin unidad)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="291"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="448"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="433"/>
        <source>comfortable, at least 98%</source>
        <translation>lectura cómoda, al menos 98%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="435"/>
        <source>readable with help, at least 95%</source>
        <translation>legible con ayuda, al menos 95%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="436"/>
        <source>below the 95% comfort threshold</source>
        <translation>por debajo del umbral cómodo del 95%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="443"/>
        <source>“{title}”: {before}% of the words known before this lesson ({verdict_before}); {after}% with this lesson&apos;s vocabulary ({verdict_after}).</source>
        <translation>«{title}»: {before}% de las palabras conocidas antes de esta lección ({verdict_before}); {after}% con el vocabulario de esta lección ({verdict_after}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="293"/>
        <source>Edit lesson “{title}”</source>
        <translation>Editar la lección «{title}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="356"/>
        <source>Finding the new words…</source>
        <translation>Buscando las palabras nuevas…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="365"/>
        <source>Loading the dictionary…</source>
        <translation>Cargando el diccionario…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="373"/>
        <source>The lesson has no text yet: add one on the Texts tab to get proposed words.</source>
        <translation>La lección aún no tiene texto: añada uno en la pestaña Textos para obtener palabras propuestas.</translation>
    </message>
</context>
<context>
    <name>LessonExports</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="56"/>
        <source>Character writing (stroke order)</source>
        <extracomment>the controls the editor shows as its own (tests and the worksheet preview use them)</extracomment>
        <translation>Escritura de caracteres (orden de trazos)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Pinyin and tones</source>
        <translation>Pinyin y tonos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Fill in the blanks</source>
        <translation>Completar los huecos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="58"/>
        <source>Match words and meanings</source>
        <translation>Relacionar palabras y significados</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="59"/>
        <source>Put words in order</source>
        <translation>Ordenar las palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="60"/>
        <source>Dictation (听写): sheet, script and key</source>
        <translation>Dictado (听写): hoja, guion y solucionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="69"/>
        <source>What a dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Lo que una hoja de dictado imprime junto a las casillas de cada palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="15"/>
        <source>Pinyin as a hint</source>
        <translation>El pinyin como ayuda</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="16"/>
        <source>Meaning as a hint</source>
        <translation>El significado como ayuda</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="17"/>
        <source>No hint</source>
        <translation>Sin ayuda</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="76"/>
        <source>The same number gives the same worksheet</source>
        <translation>El mismo número genera la misma ficha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="85"/>
        <source>The dictation as a Word document, to edit before printing</source>
        <translation>El dictado como documento de Word, para editarlo antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="88"/>
        <source>See the worksheet&apos;s pages and its answer key before printing</source>
        <translation>Ver las páginas de la ficha y sus soluciones antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="92"/>
        <source>The paper the worksheet is printed on</source>
        <translation>El papel en que se imprime la ficha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="107"/>
        <source>Lesson plan</source>
        <translation>Plan de clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="117"/>
        <source>Boxes</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="120"/>
        <source>Seed</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="125"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="129"/>
        <source>Worksheet</source>
        <translation>Ficha de ejercicios</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="131"/>
        <source>Deck</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="132"/>
        <source>In class</source>
        <translation>En clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="149"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Mazo de Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="153"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="168"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Espere a que se cargue el diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="188"/>
        <source>Writing the lesson plan…</source>
        <translation>Escribiendo el plan de clase…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="189"/>
        <source>Writing the worksheet…</source>
        <translation>Escribiendo la ficha de ejercicios…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="190"/>
        <source>Writing the Anki deck…</source>
        <translation>Escribiendo el mazo de Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="196"/>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="99"/>
        <source>An Anki deck of the lesson&apos;s new words</source>
        <translation>Un mazo de Anki con las palabras nuevas de la lección</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="53"/>
        <source>Add text</source>
        <extracomment>the controls the editor shows as its own (tests use them)</extracomment>
        <translation>Añadir texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="56"/>
        <source>Delete text</source>
        <translation>Eliminar texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="59"/>
        <source>Open in Reader studio</source>
        <translation>Abrir en el Taller de lecturas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="64"/>
        <source>Title of the text</source>
        <translation>Título del texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="67"/>
        <source>Type or paste the lesson&apos;s Chinese text</source>
        <translation>Escriba o pegue el texto chino de la lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="199"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="127"/>
        <source>Text {n}</source>
        <translation>Texto {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="217"/>
        <source>The Reader studio is not available; edit the text here.</source>
        <translation>El Taller de lecturas no está disponible; edite el texto aquí.</translation>
    </message>
</context>
<context>
    <name>LessonVocabPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <source>Word</source>
        <extracomment>The column of the meaning the lesson prints: the teacher&apos;s own (typed there), else the sense the word has in the lesson&apos;s texts or the dictionary&apos;s, shown greyed. the meaning a word prints when the teacher gives none (on the meaning cell) the proposals&apos; columns of the corpus frequency and the count in the texts (hidden: in the rows&apos; tooltips) and of the meaning the vocabulary changed (list[VocabItem]) a message for the teacher (bad pinyin typed)</extracomment>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="157"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="114"/>
        <source>Your pinyin for this word in this lesson; empty: the dictionary&apos;s. Double-click to type it (hao3 or hǎo).</source>
        <translation>Tu pinyin para esta palabra en esta lección; vacío: el del diccionario. Doble clic para escribirlo (hao3 o hǎo).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="117"/>
        <source>What the reader, lesson plan, worksheets and deck print: your meaning if you gave one, else (greyed) the sense the word has in this lesson&apos;s texts (after a number, a measure word), else the dictionary&apos;s. Double-click to give your own.</source>
        <translation>Lo que imprimen la lectura, el plan de clase, las fichas y el mazo: tu significado si diste uno; si no (en gris), el sentido que la palabra tiene en los textos de esta lección (tras un número, un clasificador); si no, el del diccionario. Doble clic para dar el tuyo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="129"/>
        <source>Double-click Pinyin or Meaning to give this lesson your own (e.g. hao3 or hǎo); leave empty to use the dictionary&apos;s.</source>
        <translation>Haga doble clic en Pinyin o Significado para poner los suyos en esta lección (p. ej., hao3 o hǎo); déjelos vacíos para usar los del diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="141"/>
        <source>Add a word…</source>
        <translation>Añadir una palabra…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="143"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="146"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="149"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>New word</source>
        <translation>Palabra nueva</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>In text</source>
        <translation>En el texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="169"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="172"/>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="188"/>
        <source>&lt;b&gt;Vocabulary of this lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vocabulario de esta lección&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="198"/>
        <source>&lt;b&gt;Proposed new words&lt;/b&gt; (from the lesson&apos;s texts)</source>
        <translation>&lt;b&gt;Palabras nuevas propuestas&lt;/b&gt; (de los textos de la lección)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="281"/>
        <source>Write one pinyin syllable per character of {word}, e.g. hao3 or hǎo.</source>
        <translation>Escriba una sílaba de pinyin por cada carácter de {word}, p. ej., hao3 o hǎo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="347"/>
        <source>{n} times in the lesson&apos;s texts; frequency in the corpus: {freq}</source>
        <translation>{n} veces en los textos de la lección; frecuencia en el corpus: {freq}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="354"/>
        <source>Every word of the texts is known or already in the vocabulary.</source>
        <translation>Todas las palabras de los textos son conocidas o ya están en el vocabulario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="355"/>
        <source>{n} words the class does not know yet.</source>
        <translation>{n} palabras que el grupo aún no conoce.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="368"/>
        <source>No later lesson depends on this vocabulary.</source>
        <translation>Ninguna lección posterior depende de este vocabulario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="373"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="375"/>
        <source>Changing this vocabulary changes what the class knows in the later lessons (their readers and decks): {names}</source>
        <translation>Cambiar este vocabulario cambia lo que el grupo conoce en las lecciones posteriores (sus lecturas y mazos): {names}</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/levelbars.py" line="42"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="57"/>
        <source>Search courses, lessons and words</source>
        <translation>Buscar cursos, lecciones y palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="31"/>
        <source>Course / lesson</source>
        <extracomment>A lesson&apos;s vocabulary, space separated, for the search (its tooltip is escaped text).</extracomment>
        <translation>Curso / lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="32"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="41"/>
        <source>No course yet. Click New course below to plan one, or drop a course file shared by a colleague on the window.</source>
        <translation>Todavía no hay ningún curso. Haga clic en Nuevo curso, abajo, para planificar uno, o suelte en la ventana un archivo de curso compartido por un colega.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="69"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="284"/>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="70"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="294"/>
        <source>Course settings</source>
        <translation>Ajustes del curso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="71"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="301"/>
        <source>New unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="72"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="330"/>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="73"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="74"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="75"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="308"/>
        <source>Rename unit</source>
        <translation>Cambiar nombre de la unidad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="76"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="77"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="78"/>
        <source>Shared courses…</source>
        <translation>Cursos compartidos…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="165"/>
        <source>The library cannot be opened: {err}</source>
        <translation>No se puede abrir la biblioteca: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="173"/>
        <source>Read-only: {why}</source>
        <translation>Solo lectura: {why}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="300"/>
        <source>Unit {n}</source>
        <translation>Unidad {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="327"/>
        <source>Lesson {n}</source>
        <translation>Lección {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="338"/>
        <source>Duplicate lesson</source>
        <translation>Duplicar lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="352"/>
        <source>Delete lesson “{t}”</source>
        <translation>Eliminar la lección «{t}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="354"/>
        <source>Delete unit</source>
        <translation>Eliminar unidad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="356"/>
        <source>Delete course “{name}”</source>
        <translation>Eliminar el curso «{name}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="362"/>
        <source>Deleted. Undo puts it back.</source>
        <translation>Eliminado. Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="373"/>
        <source>A lesson stays in its course; duplicate it and export/import to share it.</source>
        <translation>Una lección permanece en su curso; duplíquela y expórtela/impórtela para compartirla.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="385"/>
        <source>Move lesson</source>
        <translation>Mover lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="398"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="400"/>
        <source>The class&apos;s known words changed for: {names}. Their readers and decks may need printing again.</source>
        <translation>Cambiaron las palabras conocidas del grupo en: {names}. Puede que haya que volver a imprimir sus lecturas y mazos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="350"/>
        <source>Open Text File</source>
        <extracomment>A screen smaller than this (logical px) gets a maximised window on first start. the corpus is open and the level index loaded (or opening failed: False) False in screenshot mode: the teacher&apos;s window layout is left alone &quot;compact&quot; or &quot;full&quot; once the teacher used the fold button; &quot;&quot; = by window width page modules still to import (after the first paint)</extracomment>
        <translation>Abrir archivo de texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="351"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.text);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="388"/>
        <source>Opening the dictionary…</source>
        <translation>Abriendo el diccionario…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="389"/>
        <source>Building the reference dictionary…</source>
        <translation>Creando el diccionario de referencia…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="390"/>
        <source>Loading the text engine…</source>
        <translation>Cargando el motor de texto…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="392"/>
        <source>Reference dictionary not built</source>
        <translation>Diccionario de referencia no creado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="393"/>
        <source>Reference dictionary unavailable</source>
        <translation>Diccionario de referencia no disponible</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="408"/>
        <source>Opening the dictionary</source>
        <translation>Abriendo el diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="432"/>
        <source>Loading the text engine</source>
        <translation>Cargando el motor de texto</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="199"/>
        <source>Show page names</source>
        <extracomment>Entries that are group headings carry their group key in this role. the teacher folded or unfolded the navigation by its button (True: icons only)</extracomment>
        <translation>Mostrar los nombres de las páginas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="202"/>
        <source>Show icons only</source>
        <translation>Mostrar solo los iconos</translation>
    </message>
</context>
<context>
    <name>PageNavBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="351"/>
        <source>Previous page</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 = the paper&apos;s real size on screen). Page images kept for scrolling back (an A4 page at 300 % is about 35 MB). ``paint(painter, index)`` draws page ``index`` on a painter that maps points. pages were painted for the first time since :meth:`set_pages` (first page shown) pages painted since the last :meth:`set_pages` (tests and timings) the page at the top of the view changed (0-based) the zoom changed (mode or factor) new pages were set (their count may have changed)</extracomment>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="354"/>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="357"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="363"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="366"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="370"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="371"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="372"/>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="374"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="377"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="409"/>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="39"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="51"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>Marcas de tono (nǐ hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="52"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>Números de tono (ni3 hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="53"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="60"/>
        <source>Show 一 and 不 with their changed tones (yí gè, bú shì)</source>
        <translation>Mostrar 一 y 不 con su cambio de tono (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="65"/>
        <source>Colour pinyin by tone</source>
        <translation>Colorear el pinyin según el tono</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="74"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Tone {n}</source>
        <translation>Tono {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="93"/>
        <source>Automatic ({family})</source>
        <translation>Automática ({family})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="103"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="109"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="116"/>
        <source>Same as the interface</source>
        <translation>Igual que la interfaz</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="122"/>
        <source>The language of the headings, labels and instructions printed on readers, worksheets, lesson plans and vocabulary lists (the Chinese text is not changed)</source>
        <translation>El idioma de los títulos, etiquetas e instrucciones impresos en lecturas, fichas, planes de clase y listas de vocabulario (el texto chino no cambia)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="127"/>
        <source>Follow the system (light or dark)</source>
        <translation>Según el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="134"/>
        <source>HSK standard:</source>
        <translation>Estándar HSK:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="135"/>
        <source>Pinyin:</source>
        <translation>Pinyin:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="138"/>
        <source>Colour scheme:</source>
        <translation>Esquema de colores:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="140"/>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="141"/>
        <source>Chinese font:</source>
        <translation>Fuente china:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="142"/>
        <source>Font size:</source>
        <translation>Tamaño de letra:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="143"/>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="144"/>
        <source>Document language:</source>
        <translation>Idioma de los documentos:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="145"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="182"/>
        <source>Set by your school&apos;s configuration</source>
        <translation>Definido por la configuración de su centro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="192"/>
        <source>Tone colour</source>
        <translation>Color del tono</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="527"/>
        <source>Standard (red, green, blue, purple, grey)</source>
        <extracomment>File name stem of the app&apos;s catalogues: ``chinese_teach_zh_CN.qm``. Every shipped language, the source language first. A code listed here must have a complete catalogue (tests/gui/test_i18n.py fails otherwise). Languages written right to left: the whole layout is mirrored for them. (pattern of the old text, new template, context), most fixed text first (&quot;{n} results&quot; pattern, message): translated again with the number found old text -&gt; new text, for texts that have one translation whatever their context (context, old text) -&gt; new text, for a text whose translation depends on where it is shown (French &quot;Annuler&quot; is &quot;Undo&quot; in the library and &quot;Cancel&quot; in a dialog)</extracomment>
        <translation>Estándar (rojo, verde, azul, morado, gris)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="528"/>
        <source>MDBG (red, orange, green, blue, black)</source>
        <translation>MDBG (rojo, naranja, verde, azul, negro)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="529"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Apta para daltónicos (Okabe-Ito)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="129"/>
        <location filename="../../chinese_teach/gui/i18n.py" line="530"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="79"/>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="90"/>
        <source>No notes for this lesson.</source>
        <translation>No hay notas para esta lección.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="99"/>
        <source>Restart the timer</source>
        <translation>Reiniciar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="103"/>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="106"/>
        <source>Stop the timer while the class waits; click again to go on counting</source>
        <translation>Detiene el cronómetro mientras la clase espera; otro clic sigue contando</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="110"/>
        <source>On the projector now:</source>
        <translation>Ahora en el proyector:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="117"/>
        <source>Next:</source>
        <translation>A continuación:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="119"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="145"/>
        <source>(the end)</source>
        <extracomment>time counted before the last pause; the running part is ``_elapsed``</extracomment>
        <translation>(fin)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="50"/>
        <source>Show in class: {title}</source>
        <extracomment>the sentence shown changed (its index) what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Mostrar en clase: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="51"/>
        <source>Text shown in class</source>
        <translation>Texto mostrado en clase</translation>
    </message>
</context>
<context>
    <name>ReaderOptionsPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="44"/>
        <source>Every word</source>
        <translation>Todas las palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="45"/>
        <source>Words the class does not know</source>
        <translation>Palabras que el grupo no conoce</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="46"/>
        <source>Words above the target level</source>
        <translation>Palabras por encima del nivel objetivo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="47"/>
        <source>No pinyin</source>
        <translation>Sin pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="49"/>
        <source>Pinyin on</source>
        <translation>Pinyin en</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="51"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="53"/>
        <source>Target level</source>
        <translation>Nivel objetivo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="55"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Known words</source>
        <translation>Palabras conocidas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="56"/>
        <source>only the first time a word appears</source>
        <translation>solo la primera vez que aparece una palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="58"/>
        <source>each character</source>
        <translation>cada carácter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="59"/>
        <source>each word</source>
        <translation>cada palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="60"/>
        <source>Pinyin over</source>
        <translation>Pinyin sobre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="62"/>
        <source>tone marks (hǎo)</source>
        <translation>marcas de tono (hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="63"/>
        <source>tone numbers (hao3)</source>
        <translation>números de tono (hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="64"/>
        <source>zhuyin (ㄏㄠˇ)</source>
        <translation>zhuyin (ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="65"/>
        <source>no tones (hao)</source>
        <translation>sin tonos (hao)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="67"/>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="68"/>
        <source>write 一 and 不 as spoken (yí gè, bú shì)</source>
        <translation>escribir 一 y 不 como se pronuncian (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="70"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Marcar los cambios del tercer tono (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="73"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Una línea de puntos bajo el pinyin de un tercer tono que se pronuncia como segundo tono delante de otro tercer tono. El pinyin en sí no cambia.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="77"/>
        <source>Tone colours</source>
        <translation>Colores de tono</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="78"/>
        <source>colour the characters</source>
        <translation>colorear los caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="79"/>
        <source>colour the pinyin</source>
        <translation>colorear el pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="83"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="85"/>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="87"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="89"/>
        <source>Line spacing</source>
        <translation>Interlineado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="99"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="91"/>
        <source>paragraphs</source>
        <translation>párrafos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="92"/>
        <source>every 5th line</source>
        <translation>cada 5 líneas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="94"/>
        <source>PDF and Word number every 5th line. A web page has no fixed lines, so the HTML export numbers the sentences instead.</source>
        <translation>PDF y Word numeran cada 5 líneas. Una página web no tiene líneas fijas, así que la exportación HTML numera las oraciones.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="96"/>
        <source>Numbers</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="97"/>
        <source>table at the end</source>
        <translation>tabla al final</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="98"/>
        <source>numbered notes</source>
        <translation>notas numeradas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="100"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="101"/>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="102"/>
        <source>underlined</source>
        <translation>subrayadas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="103"/>
        <source>numbered</source>
        <translation>numeradas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="104"/>
        <source>New words</source>
        <translation>Palabras nuevas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="106"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="108"/>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="145"/>
        <source>Teaching font (default)</source>
        <translation>Fuente didáctica (predeterminada)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="163"/>
        <source>{std} level {lvl}</source>
        <translation>{std} nivel {lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="165"/>
        <source>{std} levels 1-{lvl}</source>
        <translation>{std} niveles 1-{lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="167"/>
        <source>Word list file…</source>
        <translation>Archivo de lista de palabras…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Word lists (*.txt *.csv *.tsv)</source>
        <translation>Listas de palabras (*.txt *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>ReaderWordPopup</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="67"/>
        <source>Dotted: Chinese Teach is not sure of this reading here (its dictionary and its model of the sentence disagree, or the model hesitates). Check it: choose or type the right reading below, and it is used from now on.</source>
        <extracomment>word, syllables, left context, right context (&quot;&quot; = everywhere)</extracomment>
        <translation>Punteado: Chinese Teach no está seguro de esta lectura aquí (su diccionario y su modelo de la oración no coinciden, o el modelo duda). Revísala: elige o escribe abajo la lectura correcta y se usará a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="75"/>
        <source>Reading in this text:</source>
        <translation>Lectura en este texto:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="81"/>
        <source>or type one: zhang3 / zhǎng</source>
        <translation>o escriba una: zhang3 / zhǎng</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="85"/>
        <source>only next to these characters</source>
        <translation>solo junto a estos caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="87"/>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="186"/>
        <source>Use this reading everywhere</source>
        <translation>Usar esta lectura en todas partes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="94"/>
        <source>Merge with next word</source>
        <translation>Unir con la palabra siguiente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="96"/>
        <source>Split into characters</source>
        <translation>Separar en caracteres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="103"/>
        <source>meaning in the glossary</source>
        <translation>significado en el glosario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="104"/>
        <source>Save meaning</source>
        <translation>Guardar significado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="142"/>
        <source>Not in the dictionary.</source>
        <translation>No está en el diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="157"/>
        <source>only between “{l}” and “{r}”</source>
        <translation>solo entre «{l}» y «{r}»</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="185"/>
        <source>Use this reading here</source>
        <translation>Usar esta lectura aquí</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="203"/>
        <source>Type one syllable per character, e.g. zhang3.</source>
        <translation>Escriba una sílaba por carácter, p. ej., zhang3.</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="166"/>
        <source>Show in class</source>
        <translation>Mostrar en clase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="168"/>
        <source>The text full screen on the projector, sentence by sentence (Esc leaves)</source>
        <translation>El texto a pantalla completa en el proyector, frase a frase (Esc para salir)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="99"/>
        <source>Saved readers</source>
        <extracomment>paragraphs annotated by the preview and the exports (written by workers)</extracomment>
        <translation>Lecturas guardadas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="105"/>
        <source>No saved reader yet. Type or paste a text on the right, then click Save.</source>
        <translation>Todavía no hay ninguna lectura guardada. Escriba o pegue un texto a la derecha y haga clic en Guardar.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="108"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="110"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="122"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="124"/>
        <source>Class, lesson, date</source>
        <translation>Grupo, lección, fecha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="130"/>
        <source>Type or paste the Chinese text here, one paragraph per line.</source>
        <translation>Escriba o pegue aquí el texto chino, un párrafo por línea.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="134"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="139"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="143"/>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="145"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="226"/>
        <source>The library cannot be opened: {err}</source>
        <translation>No se puede abrir la biblioteca: {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="251"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="343"/>
        <source>Saved “{title}”.</source>
        <translation>Se guardó «{title}».</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="354"/>
        <source>Delete reader</source>
        <translation>Eliminar lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="355"/>
        <source>Delete “{title}” from the library?</source>
        <translation>¿Eliminar «{title}» de la biblioteca?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="368"/>
        <source>Reader</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Open a text</source>
        <translation>Abrir un texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Textos (*.txt *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="389"/>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="35"/>
        <source>Loading the dictionary…</source>
        <translation>Cargando el diccionario…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="51"/>
        <source>Adding pinyin</source>
        <translation>Añadiendo pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="61"/>
        <source>{pages} page(s) · {words} words · {new} in the glossary · {desc}</source>
        <translation>{pages} página(s) · {words} palabras · {new} en el glosario · {desc}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="76"/>
        <source>The preview failed; see the log file.</source>
        <translation>La vista previa falló; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="420"/>
        <source>Class 3 · Lesson 5</source>
        <translation>Grupo 3 · Lección 5</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_edits.py" line="67"/>
        <source>Stored the reading of {word}.</source>
        <translation>Se guardó la lectura de {word}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="43"/>
        <source>Export {fmt}</source>
        <translation>Exportar {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="68"/>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="73"/>
        <source>Exporting {fmt}</source>
        <translation>Exportando {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="97"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="558"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="559"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="560"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="69"/>
        <source>Drill the words</source>
        <translation>Repasar las palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="71"/>
        <source>The glossary&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Las palabras del glosario una a una en el proyector: caracteres, pinyin, significado, orden de trazos</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="346"/>
        <source>Anki deck…</source>
        <translation>Mazo de Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="349"/>
        <source>Dictation…</source>
        <translation>Dictado…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="350"/>
        <source>Student sheet, teacher&apos;s script and answer key, as PDF or Word</source>
        <translation>Hoja del alumno, guion del profesor y solucionario, en PDF o Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="356"/>
        <source>What the dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Lo que la hoja de dictado imprime junto a las casillas de cada palabra</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="361"/>
        <source>The paper the dictation is printed on</source>
        <translation>El papel en que se imprime el dictado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="365"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="367"/>
        <source>Word, pinyin and meaning, one word a line</source>
        <translation>Palabra, pinyin y significado, una palabra por línea</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="369"/>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="415"/>
        <source>Drill these again</source>
        <translation>Repasar estas otra vez</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="373"/>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="382"/>
        <source>Dictation:</source>
        <translation>Dictado:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="384"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="413"/>
        <source>{n} of {total} words to review</source>
        <translation>{n} de {total} palabras para repasar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="417"/>
        <source>No word marked: the class knew all {total}.</source>
        <translation>Ninguna palabra marcada: la clase sabía las {total}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="419"/>
        <source>Drill all again</source>
        <translation>Repasar todas otra vez</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="429"/>
        <source>Copied {n} words.</source>
        <translation>Se copiaron {n} palabras.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="434"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="436"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Mazo de Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="438"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="440"/>
        <source>Save the words to review</source>
        <translation>Guardar las palabras para repasar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="459"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Espera a que se cargue el diccionario.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="463"/>
        <source>{title}: words to review</source>
        <translation>{title}: palabras para repasar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="475"/>
        <source>Writing the Anki deck…</source>
        <translation>Escribiendo el mazo de Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="476"/>
        <source>Writing the dictation…</source>
        <translation>Escribiendo el dictado…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="480"/>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
</context>
<context>
    <name>SegmentationDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="106"/>
        <source>Add word cutting</source>
        <translation>Añadir segmentación</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="111"/>
        <source>Keep it whole</source>
        <translation>Mantenerla entera</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="112"/>
        <source>Split it into:</source>
        <translation>Dividirla en:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="120"/>
        <source>pieces separated by spaces: 中国 银行</source>
        <translation>partes separadas por espacios: 中国 银行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="124"/>
        <source>Word:</source>
        <translation>Palabra:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="142"/>
        <source>A word of one character cannot be kept whole or split.</source>
        <translation>Una palabra de un solo carácter no se puede mantener entera ni dividir.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="150"/>
        <source>The pieces must spell {word}, in order.</source>
        <translation>Las partes deben formar {word}, en orden.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="105"/>
        <source>Edit word cutting</source>
        <translation>Editar segmentación</translation>
    </message>
</context>
<context>
    <name>SharedCoursesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="37"/>
        <source>Shared courses</source>
        <translation>Cursos compartidos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="47"/>
        <source>In your library</source>
        <translation>En su biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="54"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="68"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="69"/>
        <source>newer version available</source>
        <translation>hay una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="81"/>
        <source>Courses shared by your school in {folder}. They are read-only here: import one to use and change it.</source>
        <translation>Cursos compartidos por su centro en {folder}. Aquí son de solo lectura: importe uno para usarlo y modificarlo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="84"/>
        <source>There are no courses to show (the folder is empty or cannot be reached).</source>
        <translation>No hay cursos que mostrar (la carpeta está vacía o no se puede acceder a ella).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="87"/>
        <source>{n} file(s) could not be read.</source>
        <translation>No se pudo leer {n} archivo(s).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="86"/>
        <source>Welcome to Chinese Teach</source>
        <extracomment>Settings of the guided path: hidden by the teacher, and the steps done. The page lays its cards in two columns from this width (logical px). A word of the sample course&apos;s first lesson, looked up in the last step.</extracomment>
        <translation>Bienvenido a Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="90"/>
        <source>Plan lessons, make pinyin readers, worksheets and Anki decks for your class. Where would you like to begin?</source>
        <translation>Planifique clases y prepare lecturas con pinyin, fichas de ejercicios y mazos de Anki para su grupo. ¿Por dónde quiere empezar?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="95"/>
        <source>First steps with the sample course</source>
        <translation>Primeros pasos con el curso de ejemplo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="97"/>
        <source>Four clicks show what the app does, on the sample course made for you.</source>
        <translation>Cuatro clics muestran lo que hace la aplicación, con el curso de ejemplo preparado para usted.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="105"/>
        <source>1. Open the first lesson: its words, plan and worksheets</source>
        <translation>1. Abrir la primera lección: su vocabulario, plan y fichas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="106"/>
        <source>2. Open its text as a pinyin reader</source>
        <translation>2. Abrir su texto como lectura con pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="107"/>
        <source>3. Turn its words into an Anki deck</source>
        <translation>3. Convertir su vocabulario en un mazo de Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="108"/>
        <source>4. Look up one of its words: {word}</source>
        <translation>4. Buscar una de sus palabras: {word}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="114"/>
        <source>Hide these steps</source>
        <translation>Ocultar estos pasos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="119"/>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="121"/>
        <source>Open lesson</source>
        <translation>Abrir la lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="125"/>
        <source>Open reader</source>
        <translation>Abrir la lectura</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="130"/>
        <source>Nothing opened yet. Open a lesson in the Library or make a reader in the Reader studio: it will be here the next time.</source>
        <translation>Todavía no ha abierto nada. Abra una lección en la Biblioteca o prepare una lectura en el Taller de lecturas: aparecerá aquí la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="138"/>
        <source>Next lesson</source>
        <translation>Próxima lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="140"/>
        <source>Prepare it</source>
        <translation>Prepararla</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="145"/>
        <source>Open the Library</source>
        <translation>Abrir la Biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="152"/>
        <source>Quick actions</source>
        <translation>Acciones rápidas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="158"/>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="161"/>
        <source>Reader from the clipboard</source>
        <translation>Lectura desde el portapapeles</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="164"/>
        <source>Reader from a file…</source>
        <translation>Lectura desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="168"/>
        <source>Deck from a word list…</source>
        <translation>Mazo desde una lista de palabras…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="177"/>
        <source>A word in characters, pinyin or English</source>
        <translation>Una palabra en caracteres, pinyin o inglés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="178"/>
        <source>Word to look up</source>
        <translation>Palabra que buscar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="181"/>
        <source>Look up</source>
        <translation>Buscar</translation>
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
        <translation>Lectura: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="292"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="301"/>
        <source>no date yet</source>
        <translation>sin fecha todavía</translation>
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
        <translation>Ya ha dado todas las lecciones del curso. Añada la siguiente en la Biblioteca.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="309"/>
        <source>No course yet. Create one in the Library: its lessons will be listed here in order.</source>
        <translation>Todavía no hay ningún curso. Cree uno en la Biblioteca: sus lecciones aparecerán aquí en orden.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="323"/>
        <source>The library is read-only.</source>
        <translation>La biblioteca es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="352"/>
        <source>Create a course in the Library first: lessons belong to a course.</source>
        <translation>Primero cree un curso en la Biblioteca: las lecciones pertenecen a un curso.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="363"/>
        <source>The clipboard holds no text. Copy a Chinese text first, then click again.</source>
        <translation>El portapapeles no contiene texto. Copie primero un texto en chino y vuelva a hacer clic.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="371"/>
        <source>Open a Text</source>
        <translation>Abrir un texto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="372"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Textos (*.txt *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="378"/>
        <source>Choose a Word List</source>
        <translation>Elegir una lista de palabras</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="379"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas de palabras (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="389"/>
        <source>Type a word to look up.</source>
        <translation>Escriba la palabra que quiere buscar.</translation>
    </message>
</context>
<context>
    <name>WorksheetPreviewDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="81"/>
        <source>Worksheet preview: {lesson}</source>
        <extracomment>Options settle this long before the pages are laid out again (typing a seed). The kinds whose content depends on the seed; a writing sheet makes no random choice (see ``core.documents.worksheet.build_worksheet``). the pages of new options are shown (the SheetDocument) the worksheet could not be made (the message shown) Export PDF wrote a file (Path)</extracomment>
        <translation>Vista previa de la ficha: {lesson}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="123"/>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="111"/>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="114"/>
        <source>Show the answer key</source>
        <translation>Mostrar las soluciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="116"/>
        <source>The answer key is printed on its own page(s) at the end of the worksheet</source>
        <translation>Las soluciones se imprimen en página(s) aparte al final de la ficha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="136"/>
        <source>Worksheet pages</source>
        <translation>Páginas de la ficha</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="149"/>
        <source>The whole worksheet with its answer key, as the lesson editor&apos;s Worksheet (PDF) button writes it</source>
        <translation>La ficha completa con sus soluciones, igual que la escribe el botón Ficha de ejercicios (PDF) del editor de lecciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="234"/>
        <source>Another seed: other choices, another order</source>
        <translation>Otro número: otras preguntas, otro orden</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="235"/>
        <source>A character writing sheet is the same for every seed</source>
        <translation>Una ficha de escritura de caracteres es igual con cualquier número</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="260"/>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="268"/>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="319"/>
        <source>{pages} page(s)</source>
        <translation>{pages} página(s)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="321"/>
        <source>{pages} page(s); the answer key starts on page {key}</source>
        <translation>{pages} página(s); las soluciones empiezan en la página {key}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="324"/>
        <source>{shown} page(s) of exercises; the answer key adds {more} page(s)</source>
        <translation>{shown} página(s) de ejercicios; las soluciones añaden {more} página(s)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="361"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="32"/>
        <source>Chinese-English dictionary</source>
        <translation>diccionario chino-inglés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="35"/>
        <source>HSK levels</source>
        <translation>niveles HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="38"/>
        <source>the icons of the navigation and the start page</source>
        <translation>los iconos de la navegación y de la página de inicio</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="41"/>
        <source>word segmentation and word frequencies</source>
        <translation>segmentación en palabras y frecuencias</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="44"/>
        <source>pinyin readings and zhuyin</source>
        <translation>lecturas en pinyin y zhuyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="47"/>
        <source>polyphone disambiguation model</source>
        <translation>modelo para desambiguar caracteres polifónicos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="50"/>
        <source>stroke order data</source>
        <translation>datos de orden de trazos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="53"/>
        <source>stroke order animation</source>
        <translation>animación del orden de trazos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="56"/>
        <source>bundled Kai-style teaching font</source>
        <translation>fuente didáctica de estilo Kai incluida</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="59"/>
        <source>fallback Chinese font</source>
        <translation>fuente china de reserva</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="62"/>
        <source>user interface</source>
        <translation>interfaz de usuario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="65"/>
        <source>Anki deck export</source>
        <translation>exportación de mazos de Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="68"/>
        <source>corpus building</source>
        <translation>creación del corpus</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="71"/>
        <source>simplified/traditional conversion</source>
        <translation>conversión simplificado/tradicional</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="91"/>
        <source>Reference dictionary built {built}; CC-CEDICT of {date}.</source>
        <translation>Diccionario de referencia creado el {built}; CC-CEDICT del {date}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="95"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt}.</source>
        <translation>Python {python}, PySide6 {pyside}, Qt {qt}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="98"/>
        <source>Offline pinyin readers, lesson plans and Anki decks for teachers of Chinese.</source>
        <translation>Lecturas con pinyin, planes de clase y mazos de Anki sin conexión para profesores de chino.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="101"/>
        <source>Dictionary entries from CC-CEDICT are shared under the same licence (CC BY-SA 4.0). Thanks to everyone who builds and maintains these projects.</source>
        <translation>Las entradas de CC-CEDICT se comparten con la misma licencia (CC BY-SA 4.0). Gracias a todas las personas que crean y mantienen estos proyectos.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="105"/>
        <source>Data, fonts and libraries</source>
        <translation>Datos, fuentes y bibliotecas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="106"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="107"/>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="108"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="36"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="40"/>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Abrir archivo de texto…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="42"/>
        <source>Open a .txt file in Quick annotate</source>
        <translation>Abrir un archivo .txt en Anotación rápida</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="44"/>
        <source>&amp;Build Reference Dictionary…</source>
        <translation>&amp;Crear diccionario de referencia…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="46"/>
        <source>Build the dictionary and HSK lists used by every page</source>
        <translation>Crear el diccionario y las listas HSK que usan todas las páginas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="49"/>
        <source>&amp;Back Up Library Now</source>
        <translation>&amp;Copia de seguridad de la biblioteca ahora</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="51"/>
        <source>Write a backup of your library now</source>
        <translation>Escribir ahora una copia de seguridad de su biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="53"/>
        <source>&amp;Check Library</source>
        <translation>Co&amp;mprobar biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="55"/>
        <source>Check the library file for damage</source>
        <translation>Comprobar si el archivo de la biblioteca está dañado</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="56"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="58"/>
        <source>Replace your library with one of its backups</source>
        <translation>Sustituir su biblioteca por una de sus copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="61"/>
        <source>Quit Chinese Teach</source>
        <translation>Salir de Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="64"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="66"/>
        <source>Select &amp;All</source>
        <translation>Seleccion&amp;ar todo</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="68"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="70"/>
        <source>Focus the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="71"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="73"/>
        <source>&amp;Larger Chinese Text</source>
        <translation>Texto chino más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="75"/>
        <source>&amp;Smaller Chinese Text</source>
        <translation>Texto chino más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="77"/>
        <source>Show &amp;Sidebar</source>
        <translation>Mostrar &amp;barra lateral</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="79"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="81"/>
        <source>&amp;About Chinese Teach</source>
        <translation>&amp;Acerca de Chinese Teach</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="429"/>
        <source>Quick annotate</source>
        <translation>Anotación rápida</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="434"/>
        <source>Paste a text to see its pinyin and HSK level profile</source>
        <translation>Pegue un texto para ver su pinyin y su perfil de niveles HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="442"/>
        <source>Dictionary</source>
        <translation>Diccionario</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="447"/>
        <source>Look up words by characters, pinyin or English</source>
        <translation>Buscar palabras por caracteres, pinyin o en inglés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="390"/>
        <source>Decks</source>
        <translation>Mazos</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="395"/>
        <source>Anki decks with stroke order, and word lists for Pleco and Quizlet</source>
        <translation>Mazos de Anki con orden de trazos y listas de palabras para Pleco y Quizlet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="422"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="427"/>
        <source>Courses, units and lessons: plan lessons, their new words, plans and worksheets</source>
        <translation>Cursos, unidades y lecciones: planifique las lecciones, sus palabras nuevas, planes y fichas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="439"/>
        <source>Reader studio</source>
        <translation>Taller de lecturas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="444"/>
        <source>Pinyin readers for your class: PDF, web page and Word</source>
        <translation>Lecturas con pinyin para su grupo: PDF, página web y Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="65"/>
        <source>Plan</source>
        <extracomment>Modules under ``chinese_teach.gui.pages`` that may define a ``PAGE`` (explicit, so a frozen bundle finds them without package scanning). Missing ones are skipped. The navigation&apos;s groups, by what a teacher does: key and heading, in order. A page with no group (the start page) stands above them.</extracomment>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="66"/>
        <source>Make materials</source>
        <translation>Crear materiales</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="67"/>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="68"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="366"/>
        <source>My corrections</source>
        <translation>Mis correcciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="371"/>
        <source>Your pinyin corrections and word cutting, used in every annotation</source>
        <translation>Sus correcciones de pinyin y de segmentación, usadas en todas las anotaciones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="429"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="433"/>
        <source>Where to begin: your last lesson and reader, the next lesson, quick actions</source>
        <translation>Por dónde empezar: su última lección y lectura, la próxima lección, acciones rápidas</translation>
    </message>
</context>
<context>
    <name>savefile</name>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="21"/>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="22"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="54"/>
        <source>Something went wrong ({kind}). The details were written to the log file {path}.</source>
        <extracomment>Work shorter than this never shows a progress dialog. Progress reports closer together than this are merged.</extracomment>
        <translation>Algo salió mal ({kind}). Los detalles se escribieron en el archivo de registro {path}.</translation>
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
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="250"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
