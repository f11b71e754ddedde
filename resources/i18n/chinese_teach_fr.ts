<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="74"/>
        <source>The library {path} is in good order.</source>
        <translation>La bibliothèque {path} est en bon état.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="79"/>
        <source>{n} broken links between records</source>
        <translation>{n} liens rompus entre les enregistrements</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="80"/>
        <source>The library {path} has problems: {problems}. Restore a backup from the File menu.</source>
        <translation>La bibliothèque {path} a des problèmes : {problems}. Restaurez une sauvegarde depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="82"/>
        <source>Contents: {counts}. Backups kept: {n}.</source>
        <translation>Contenu : {counts}. Sauvegardes conservées : {n}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="88"/>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="89"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="100"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="281"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="288"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="304"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="309"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="334"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="110"/>
        <source>Your library is replaced by the backup you choose. The current library is kept beside it and backed up first, so nothing is lost.</source>
        <translation>Votre bibliothèque est remplacée par la sauvegarde choisie. La bibliothèque actuelle est d’abord sauvegardée et conservée à côté : rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="115"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="181"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="182"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Impossible d’ouvrir la bibliothèque : {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="189"/>
        <source>The damaged file was kept as {path}; it was not deleted.</source>
        <translation>Le fichier endommagé a été conservé sous {path} ; il n’a pas été supprimé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="190"/>
        <source>The damaged file was left in place.</source>
        <translation>Le fichier endommagé a été laissé en place.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="192"/>
        <source>Your library file is missing. It was not replaced by a new, empty library.</source>
        <translation>Le fichier de votre bibliothèque est introuvable. Il n’a pas été remplacé par une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="194"/>
        <source>An earlier copy was kept as {path}.</source>
        <translation>Une copie antérieure a été conservée sous {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="197"/>
        <source>Your library file is damaged ({detail}).</source>
        <translation>Le fichier de votre bibliothèque est endommagé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="203"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="209"/>
        <source>Library damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="200"/>
        <source>No good backup was found. Chinese Teach will start with the library unavailable; ask for help before changing the files.</source>
        <translation>Aucune sauvegarde valide n’a été trouvée. Chinese Teach démarrera sans la bibliothèque ; demandez de l’aide avant de modifier les fichiers.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="206"/>
        <source>Restore the newest good backup, from {when} UTC? Changes made after that backup are not in it.</source>
        <translation>Restaurer la sauvegarde valide la plus récente, du {when} UTC ? Les modifications faites après cette sauvegarde n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="222"/>
        <source>Library restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="223"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="335"/>
        <source>The backup from {when} UTC was restored.</source>
        <translation>La sauvegarde du {when} UTC a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="238"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="254"/>
        <source>it is not open</source>
        <translation>elle n’est pas ouverte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="176"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="243"/>
        <location filename="../../chinese_teach/gui/library_session.py" line="246"/>
        <source>Back up</source>
        <extracomment>why the library could not be opened (&quot;&quot; when it is open) True while a backup is being restored (pages must not reopen the old file) the dialog that picks a backup; tests replace it</extracomment>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="245"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="247"/>
        <source>A backup of your library was written to {path}.</source>
        <translation>Une sauvegarde de votre bibliothèque a été écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="259"/>
        <source>courses</source>
        <translation>cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="260"/>
        <source>lessons</source>
        <translation>leçons</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="261"/>
        <source>readers</source>
        <translation>lectures</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="266"/>
        <source>Check library</source>
        <translation>Vérifier la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="282"/>
        <source>There is no backup of your library yet. Use File &gt; Back Up Now to make one.</source>
        <translation>Il n’y a pas encore de sauvegarde de votre bibliothèque. Utilisez Fichier &gt; Sauvegarder maintenant pour en faire une.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="289"/>
        <source>Replace your library with the backup from {when} UTC? Changes made since then are not in it; the current library is kept beside it.</source>
        <translation>Remplacer votre bibliothèque par la sauvegarde du {when} UTC ? Les modifications faites depuis n’y figurent pas ; la bibliothèque actuelle est conservée à côté.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="305"/>
        <source>Wait until the work in progress has finished, then restore.</source>
        <translation>Attendez la fin du travail en cours, puis restaurez.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="310"/>
        <source>The library is open read-only ({why}); it cannot be replaced from here.</source>
        <translation>La bibliothèque est ouverte en lecture seule ({why}) ; elle ne peut pas être remplacée d’ici.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="333"/>
        <source> The previous library was kept as {path}.</source>
        <translation> L’ancienne bibliothèque a été conservée sous {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="351"/>
        <source>Read-only library: {why}. You can read and export, but changes cannot be saved. Copy the library to a folder you can write to in order to edit it.</source>
        <translation>Bibliothèque en lecture seule : {why}. Vous pouvez lire et exporter, mais les modifications ne peuvent pas être enregistrées. Pour la modifier, copiez la bibliothèque dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/library_session.py" line="370"/>
        <source>The library is unavailable: {err}</source>
        <translation>La bibliothèque est indisponible : {err}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="128"/>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="132"/>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
</context>
<context>
    <name>AnnotatePage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="78"/>
        <source>Paste or type Chinese text here, or open or drop a .txt file. The pinyin appears below.</source>
        <extracomment>The pinyin view shows this many characters at most (a 5 MB book would take seconds). Longer texts are profiled in a worker thread. settings key of the page&apos;s &quot;Mark third-tone changes&quot; box</extracomment>
        <translation>Collez ou tapez ici un texte chinois, ou ouvrez ou déposez un fichier .txt. Le pinyin s’affiche en dessous.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="81"/>
        <source>Open .txt…</source>
        <translation>Ouvrir un .txt…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="83"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="86"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="88"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Marquer les changements du 3e ton (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="91"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Un pointillé sous le pinyin d’un 3e ton prononcé comme un 2e ton devant un autre 3e ton. Le pinyin lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="62"/>
        <source>Words above the target level</source>
        <extracomment>the teacher chose a target level in the list the teacher clicked a word in the list of words above the target the teacher clicked &quot;Open in the Dictionary&quot; under an entry</extracomment>
        <translation>Mots au-dessus du niveau visé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="64"/>
        <source>Paste a Chinese text on the left: the words above your target level are listed here.</source>
        <translation>Collez un texte chinois à gauche : les mots au-dessus de votre niveau cible sont listés ici.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="73"/>
        <source>Dictionary entry</source>
        <translation>Article du dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="82"/>
        <source>Target level:</source>
        <translation>Niveau visé :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="83"/>
        <source>Estimated level:</source>
        <translation>Niveau estimé :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="87"/>
        <source>&lt;b&gt;Words per level&lt;/b&gt; (running words)</source>
        <translation>&lt;b&gt;Mots par niveau&lt;/b&gt; (occurrences)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="199"/>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="213"/>
        <source>Open Text File</source>
        <translation>Ouvrir un fichier texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="214"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="234"/>
        <source>Needs the reference dictionary (File menu)</source>
        <translation>Nécessite le dictionnaire de référence (menu Fichier)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="236"/>
        <source>Loading the text engine…</source>
        <translation>Chargement du moteur de texte…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="259"/>
        <source>Annotating…</source>
        <translation>Annotation en cours…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="257"/>
        <source>Annotation stopped.</source>
        <translation>Annotation interrompue.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="263"/>
        <source>Annotating the text</source>
        <translation>Annotation du texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="285"/>
        <source>Pinyin is shown for the first {shown} characters of {total}; the level profile covers the whole text.</source>
        <translation>Le pinyin est affiché pour les {shown} premiers caractères sur {total} ; le profil de niveaux porte sur tout le texte.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="111"/>
        <source>Levels of &lt;b&gt;{standard}&lt;/b&gt;</source>
        <translation>Niveaux de &lt;b&gt;{standard}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="354"/>
        <source>Profiling the text</source>
        <translation>Analyse du texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="131"/>
        <source>beyond {standard} {top}</source>
        <translation>au-delà de {standard} {top}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="133"/>
        <source>No level covers 95% of the running words; {pct}% of them are in no {standard} list (names, compounds, rare words).</source>
        <translation>Aucun niveau ne couvre 95 % des mots du texte ; {pct} % d’entre eux ne figurent dans aucune liste {standard} (noms propres, composés, mots rares).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="140"/>
        <source>The lowest level whose words cover 95% of the running words.</source>
        <translation>Le niveau le plus bas dont les mots couvrent 95 % des mots du texte.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="142"/>
        <source>{chars} characters ({unique_chars} different), {words} words ({unique_words} different), {none} words in no {standard} list</source>
        <translation>{chars} caractères ({unique_chars} différents), {words} mots ({unique_words} différents), {none} mots absents des listes {standard}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="156"/>
        <source>&lt;b&gt;{n} words above {standard} {level}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} mots au-dessus de {standard} {level}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="362"/>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="390"/>
        <source>Looking up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="182"/>
        <source>Open in the Dictionary</source>
        <translation>Ouvrir dans le Dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="191"/>
        <source>Click a word in the annotated text to see its dictionary entry.</source>
        <translation>Cliquez sur un mot du texte annoté pour voir son article de dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/level_profile.py" line="175"/>
        <source>Not in the dictionary.</source>
        <translation>Absent du dictionnaire.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="23"/>
        <source>Show in class</source>
        <translation>Montrer en classe</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="25"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Attendez que le dictionnaire soit chargé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="30"/>
        <source>There is no text to show yet.</source>
        <translation>Il n’y a pas encore de texte à montrer.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="56"/>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="84"/>
        <source>Word drill</source>
        <translation>Exercice de vocabulaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="57"/>
        <source>There are no words to drill yet: add some to the lesson&apos;s vocabulary.</source>
        <translation>Il n’y a pas encore de mots à exercer : ajoutez-en au vocabulaire de la leçon.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="85"/>
        <source>This reader has no glossary words to drill: choose a glossary in its options.</source>
        <translation>Ce texte n’a pas de mots de glossaire à exercer : choisissez un glossaire dans ses options.</translation>
    </message>
</context>
<context>
    <name>CorpusBuildDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="36"/>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="83"/>
        <source>Building the reference dictionary</source>
        <translation>Construction du dictionnaire de référence</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="41"/>
        <source>Chinese Teach is preparing its dictionary, HSK word lists and word frequencies from the data shipped with the app. This happens once and takes a few seconds. You can keep using the window meanwhile.</source>
        <translation>Chinese Teach prépare son dictionnaire, les listes de mots HSK et les fréquences à partir des données fournies avec l’application. Cela n’a lieu qu’une fois et prend quelques secondes. Vous pouvez continuer à utiliser la fenêtre pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="54"/>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="56"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="121"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="126"/>
        <source>Building was cancelled. The dictionary and annotation need it: press Restart to build it now, or use File &gt; Build Reference Dictionary later.</source>
        <translation>La construction a été annulée. Le dictionnaire et l’annotation en ont besoin : cliquez sur Recommencer pour le construire maintenant, ou utilisez plus tard Fichier &gt; Construire le dictionnaire de référence.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/corpus_build.py" line="130"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Edit reading</source>
        <translation>Modifier la lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="39"/>
        <source>Add reading</source>
        <translation>Ajouter une lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="48"/>
        <source>one syllable per character: yín háng or yin2 hang2</source>
        <translation>une syllabe par caractère : yín háng ou yin2 hang2</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="54"/>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="55"/>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="61"/>
        <source>Word:</source>
        <translation>Mot :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="62"/>
        <source>Pinyin:</source>
        <translation>Pinyin :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="63"/>
        <source>Only after:</source>
        <translation>Seulement après :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="64"/>
        <source>Only before:</source>
        <translation>Seulement avant :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="65"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="83"/>
        <source>There is already a correction of {word} in this context.</source>
        <translation>Il existe déjà une correction de {word} dans ce contexte.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="93"/>
        <source>{word} will be read {pinyin}.</source>
        <translation>{word} se lira {pinyin}.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="69"/>
        <source>Search words, pinyin or notes</source>
        <extracomment>conflicts listed in the import summary (the rest are counted) deleted records, most recent last: each entry is one deletion (undo restores it)</extracomment>
        <translation>Rechercher des mots, du pinyin ou des notes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="46"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="55"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="47"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="48"/>
        <source>Only after</source>
        <translation>Seulement après</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="49"/>
        <source>Only before</source>
        <translation>Seulement avant</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="51"/>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="56"/>
        <source>Cut as</source>
        <translation>Découper en</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="71"/>
        <source>No reading corrected yet. In the Reader studio, click a word of the preview to give it another reading: it is listed here and used in every annotation.</source>
        <translation>Aucune lecture corrigée pour l’instant. Dans l’Atelier de lectures, cliquez sur un mot de l’aperçu pour lui donner une autre lecture : elle est listée ici et utilisée dans toutes les annotations.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="75"/>
        <source>No word cutting changed yet. In the Reader studio, click a word of the preview to join it with the next one or to split it.</source>
        <translation>Aucun découpage de mots modifié pour l’instant. Dans l’Atelier de lectures, cliquez sur un mot de l’aperçu pour le joindre au suivant ou le scinder.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="80"/>
        <source>Add reading…</source>
        <translation>Ajouter une lecture…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="82"/>
        <source>Add word cutting…</source>
        <translation>Ajouter un découpage…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="83"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="84"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="85"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="86"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="105"/>
        <source>Readings you chose in the Reader studio, or added here, are used in every annotation from now on; a re-annotation never overwrites them. A reading with a context applies only between those characters, and the most specific one wins.</source>
        <translation>Les lectures choisies dans l’Atelier de lectures, ou ajoutées ici, servent désormais à toutes les annotations ; une nouvelle annotation ne les écrase jamais. Une lecture avec contexte ne s’applique qu’entre ces caractères, et la plus précise l’emporte.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="113"/>
        <source>keep whole</source>
        <translation>garder entier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="115"/>
        <source>split: {parts}</source>
        <translation>scinder : {parts}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="124"/>
        <source>Readings ({n})</source>
        <translation>Lectures ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/correction_tables.py" line="126"/>
        <source>Word cutting ({n})</source>
        <translation>Découpage ({n})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="189"/>
        <source>The library is not available.</source>
        <translation>La bibliothèque n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="191"/>
        <source>{shown} of {total} shown.</source>
        <translation>{shown} sur {total} affichés.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="195"/>
        <source>No corrections yet. Click a word in the Reader studio to choose its reading, or add one here.</source>
        <translation>Pas encore de corrections. Cliquez sur un mot dans l’Atelier de lectures pour choisir sa lecture, ou ajoutez-en une ici.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="240"/>
        <source>Export corrections</source>
        <translation>Exporter les corrections</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="241"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <source>Corrections (*.json)</source>
        <translation>Corrections (*.json)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="246"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="347"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="361"/>
        <source>Import corrections</source>
        <translation>Importer des corrections</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="263"/>
        <source>{word} is now read {pinyin}.</source>
        <translation>{word} se lit maintenant {pinyin}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="310"/>
        <source>Deleted {words}.</source>
        <translation>{words} supprimé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="321"/>
        <source>Restored {n} deleted item(s).</source>
        <translation>{n} élément(s) supprimé(s) rétabli(s).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="335"/>
        <source>Exported {n} corrections to {path}.</source>
        <translation>{n} corrections exportées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="351"/>
        <source>Added {readings} readings and {cuts} word cuttings; {same} were already here.</source>
        <translation>{readings} lectures et {cuts} découpages ajoutés ; {same} étaient déjà là.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="359"/>
        <source>{n} differ from yours; yours were kept:</source>
        <translation>{n} diffèrent des vôtres ; les vôtres ont été conservées :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="230"/>
        <source>Look up {word} in the dictionary</source>
        <translation>Chercher {word} dans le dictionnaire</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="33"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="39"/>
        <source>Import a word list…</source>
        <translation>Importer une liste de mots…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="56"/>
        <source>none (a beginners&apos; class)</source>
        <translation>aucun (classe de débutants)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="59"/>
        <source>Class / learners</source>
        <translation>Classe / apprenants</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="60"/>
        <source>Standard</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="61"/>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="62"/>
        <source>Class already knows up to level</source>
        <translation>La classe connaît déjà jusqu’au niveau</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="66"/>
        <source>and the words of</source>
        <translation>et les mots de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="75"/>
        <source>(no word list)</source>
        <translation>(aucune liste de mots)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="85"/>
        <source>Import a word list</source>
        <translation>Importer une liste de mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="86"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listes de mots (*.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/course.py" line="106"/>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="34"/>
        <source>[stroke-order animation plays here in Anki]</source>
        <translation>[dans Anki, l’animation de l’ordre des traits s’affiche ici]</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="59"/>
        <source>银行 你好 谢谢 … (one per line, or spaces)</source>
        <extracomment>source kinds in the order of the combo box, with their labels the kinds chosen in the list of library items</extracomment>
        <translation>银行 你好 谢谢 … (un par ligne, ou séparés par des espaces)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="63"/>
        <source>Deck name (e.g. Week 3 words)</source>
        <translation>Nom du paquet (ex. : Mots de la semaine 3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="73"/>
        <source>Word file</source>
        <translation>Fichier de mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="80"/>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="74"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="85"/>
        <source>Library item</source>
        <translation>Élément de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="64"/>
        <source>Card types</source>
        <translation>Types de cartes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="71"/>
        <source>Stroke-order animation on the back</source>
        <translation>Animation de l’ordre des traits au verso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="73"/>
        <source>Synthetic Mandarin audio where there is no recording</source>
        <translation>Audio synthétique en mandarin s’il n’y a pas d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="78"/>
        <source>Folder of your recordings, named after the words (银行.mp3)</source>
        <translation>Dossier de vos enregistrements, nommés d’après les mots (银行.mp3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="90"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="101"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="103"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="67"/>
        <source>Preview without JavaScript: in Anki the back animates the stroke order and plays the audio; this preview shows where they go.</source>
        <translation>Aperçu sans JavaScript : dans Anki, le verso anime l’ordre des traits et lit l’audio ; cet aperçu montre leur emplacement.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="75"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="77"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="81"/>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="82"/>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="135"/>
        <source>Type or paste some words first.</source>
        <translation>Tapez ou collez d’abord quelques mots.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="138"/>
        <source>Choose a word file first.</source>
        <translation>Choisissez d’abord un fichier de mots.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="140"/>
        <source>The library has nothing of this kind yet.</source>
        <translation>La bibliothèque ne contient encore rien de ce type.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="221"/>
        <source>The library cannot be opened.</source>
        <translation>Impossible d’ouvrir la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="166"/>
        <source>Choose a Word File</source>
        <translation>Choisir un fichier de mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_source_picker.py" line="168"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listes de mots (*.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="230"/>
        <source>Folder of Recordings</source>
        <translation>Dossier des enregistrements</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="249"/>
        <source>Looking for a Mandarin voice…</source>
        <translation>Recherche d’une voix mandarin…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="255"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="266"/>
        <source>Looking up the words…</source>
        <translation>Recherche des mots…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="278"/>
        <source>{n} words in {d} deck(s).</source>
        <translation>{n} mots dans {d} paquet(s).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="282"/>
        <source>Preparing the deck</source>
        <translation>Préparation du paquet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="122"/>
        <source>This word has no {card} card (it needs {what}).</source>
        <translation>Ce mot n’a pas de carte {card} (il faut {what}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="119"/>
        <source>audio</source>
        <translation>un audio</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/card_preview.py" line="121"/>
        <source>an example sentence</source>
        <translation>une phrase d’exemple</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="315"/>
        <source>Export Deck</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="348"/>
        <source>Wrote {n} words to {path}.</source>
        <translation>{n} mots écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="346"/>
        <source>Wrote {path} ({n} pages).</source>
        <translation>{path} écrit ({n} pages).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="352"/>
        <source>Wrote {path}: {notes} notes, {cards} cards, {kb} KB. Import it in Anki with File &gt; Import; importing a newer export updates the notes and keeps the reviews.</source>
        <translation>{path} écrit : {notes} notes, {cards} cartes, {kb} Ko. Importez-le dans Anki avec Fichier &gt; Importer ; importer un export plus récent met à jour les notes et conserve les révisions.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="358"/>
        <source>No stroke data for: {c}.</source>
        <translation>Pas de données de traits pour : {c}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="362"/>
        <source>Left out, no card of the chosen types fits them: {words}.</source>
        <translation>Laissés de côté, aucune carte des types choisis ne leur convient&#xa0;: {words}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="368"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="369"/>
        <source>Exporting the deck</source>
        <translation>Exportation du paquet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="533"/>
        <source>Words typed or pasted</source>
        <translation>Mots tapés ou collés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="534"/>
        <source>Word file (.txt, .csv)</source>
        <translation>Fichier de mots (.txt, .csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="535"/>
        <source>New words of a reader</source>
        <translation>Mots nouveaux d’une lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="536"/>
        <source>A lesson&apos;s vocabulary</source>
        <translation>Le vocabulaire d’une leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="537"/>
        <source>A whole course (one subdeck per lesson)</source>
        <translation>Un cours entier (un sous-paquet par leçon)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="538"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="14"/>
        <source>Anki deck (.apkg)</source>
        <translation>Paquet Anki (.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="16"/>
        <source>Study page (.html)</source>
        <translation>Page d’étude (.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="17"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="539"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="18"/>
        <source>Pleco flashcards (.txt)</source>
        <translation>Cartes Pleco (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="540"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="20"/>
        <source>Quizlet import (.txt)</source>
        <translation>Import Quizlet (.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="541"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="22"/>
        <source>Spreadsheet (.csv)</source>
        <translation>Tableur (.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="542"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="24"/>
        <source>Spreadsheet (.tsv)</source>
        <translation>Tableur (.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="543"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="26"/>
        <source>Printable vocabulary list (.pdf)</source>
        <translation>Liste de vocabulaire à imprimer (.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="544"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="15"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Paquet Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="545"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="19"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="21"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="546"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="23"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="547"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="25"/>
        <source>TSV files (*.tsv)</source>
        <translation>Fichiers TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="548"/>
        <location filename="../../chinese_teach/gui/widgets/deck_formats.py" line="27"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="549"/>
        <source>Recognition (hanzi → pinyin, meaning)</source>
        <translation>Reconnaissance (hanzi → pinyin, sens)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="550"/>
        <source>Recall (meaning → hanzi)</source>
        <translation>Rappel (sens → hanzi)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="551"/>
        <source>Listening (audio → hanzi)</source>
        <translation>Écoute (audio → hanzi)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="552"/>
        <source>Sentence (fill the word into its example)</source>
        <translation>Phrase (compléter l’exemple avec le mot)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="553"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="554"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="555"/>
        <source>Listening</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="556"/>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="23"/>
        <source>Make flashcards</source>
        <extracomment>what the state says and its buttons (found by pyside6-lupdate in this form)</extracomment>
        <translation>Créer des cartes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="24"/>
        <source>Type or paste the words on the left, one per line, choose a word list, or take the vocabulary of a lesson. The cards appear here, front and back, before you export the deck for Anki.</source>
        <translation>Tapez ou collez les mots à gauche, un par ligne, choisissez une liste de mots ou prenez le vocabulaire d&apos;une leçon. Les cartes apparaissent ici, recto et verso, avant que vous exportiez le paquet pour Anki.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="28"/>
        <source>Paste words</source>
        <translation>Coller des mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="29"/>
        <source>Choose a word list…</source>
        <translation>Choisir une liste de mots…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/deck_start.py" line="30"/>
        <source>Use a lesson&apos;s words</source>
        <translation>Prendre les mots d&apos;une leçon</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="76"/>
        <source>Pages</source>
        <extracomment>file suffix -&gt; page that opens it</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="93"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="117"/>
        <source>Clear Recent Files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="122"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="150"/>
        <source>Go to page {n}</source>
        <translation>Aller à la page {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="223"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="229"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="233"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="242"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="246"/>
        <location filename="../../chinese_teach/gui/desktop.py" line="253"/>
        <source>Import course</source>
        <translation>Importer un cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="224"/>
        <source>The library is not available.</source>
        <translation>La bibliothèque n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="234"/>
        <source>This course is already in your library. Import it as a copy?</source>
        <translation>Ce cours est déjà dans votre bibliothèque. L’importer comme copie ?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="249"/>
        <source>Imported “{name}”: {n} lessons.</source>
        <translation>« {name} » importé : {n} leçons.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/desktop.py" line="254"/>
        <source>{n} pinyin corrections in the course differ from yours; yours were kept:</source>
        <translation>{n} corrections de pinyin du cours diffèrent des vôtres ; les vôtres ont été conservées :</translation>
    </message>
</context>
<context>
    <name>DictionaryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="67"/>
        <source>Search: 银行, 銀行, yinhang, yin2hang2, yínháng or English (bank)</source>
        <translation>Rechercher : 银行, 銀行, yinhang, yin2hang2, yínháng ou en anglais (bank)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="562"/>
        <source>Classifiers:</source>
        <translation>Classificateurs :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="563"/>
        <source>Variants:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="564"/>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="78"/>
        <source>HSK level</source>
        <translation>Niveau HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="98"/>
        <source>Dictionary entry</source>
        <translation>Article du dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="101"/>
        <source>Copy hanzi</source>
        <translation>Copier les hanzi</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="103"/>
        <source>Copy pinyin</source>
        <translation>Copier le pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="105"/>
        <source>Copy line</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="107"/>
        <source>Word, pinyin and definitions on one line</source>
        <translation>Mot, pinyin et définitions sur une ligne</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="219"/>
        <source>Searching the dictionary</source>
        <translation>Recherche dans le dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="232"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="234"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="283"/>
        <source>Looking up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="330"/>
        <source>Frequency rank {rank}</source>
        <translation>Rang de fréquence {rank}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="333"/>
        <source>{standard} character level {level}</source>
        <translation>{standard}, caractères, niveau {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="336"/>
        <source>HSK2025 writing level {level}</source>
        <translation>HSK2025, écriture, niveau {level}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="341"/>
        <source>Words with {char}:</source>
        <translation>Mots avec {char} :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="353"/>
        <source>not listed</source>
        <translation>non répertorié</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="378"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="27"/>
        <source>The reference dictionary is not built yet. Use File &gt; Build Reference Dictionary to build it (it takes a few seconds).</source>
        <translation>Le dictionnaire de référence n’est pas encore construit. Utilisez Fichier &gt; Construire le dictionnaire de référence (cela prend quelques secondes).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="382"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="30"/>
        <source>The dictionary is loading…</source>
        <translation>Chargement du dictionnaire…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="385"/>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="31"/>
        <source>Type a word in characters (simplified or traditional), in pinyin with or without tones, or in English. Results appear as you type.</source>
        <translation>Tapez un mot en caractères (simplifiés ou traditionnels), en pinyin avec ou sans tons, ou en anglais. Les résultats s’affichent au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="407"/>
        <source>Copied: {text}</source>
        <translation>Copié : {text}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="25"/>
        <source>Look up a word</source>
        <extracomment>example searches: (object name, what is typed) what the state says (the sentences are the page&apos;s own hints, translated once)</extracomment>
        <translation>Chercher un mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictionary_start.py" line="26"/>
        <source>Build the reference dictionary…</source>
        <translation>Construire le dictionnaire de référence…</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="106"/>
        <source>Word drill: {title}</source>
        <extracomment>what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Exercice de vocabulaire : {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="107"/>
        <source>Word drill shown in class</source>
        <translation>Exercice de vocabulaire montré en classe</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="124"/>
        <source>◀ Back</source>
        <extracomment>the stroke data of the word being animated (None: the characters are shown)</extracomment>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="125"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="126"/>
        <source>Stroke order (S)</source>
        <translation>Ordre des traits (S)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="128"/>
        <source>★ Mark to review (M)</source>
        <translation>★ À revoir (M)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="131"/>
        <source>Shuffle (R)</source>
        <translation>Mélanger (R)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="134"/>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="169"/>
        <source>The words to review</source>
        <translation>Les mots à revoir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="170"/>
        <source>meaning</source>
        <translation>sens</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="171"/>
        <source>{n}/{total}: {word}  {pinyin}  {meaning}
(showing: {shown})</source>
        <translation>{n}/{total} : {word}  {pinyin}  {meaning}
(affiché : {shown})</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="23"/>
        <source>Preview…</source>
        <extracomment>every kind of output, in the order bars show them: (icon, name, what it does)</extracomment>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="24"/>
        <source>See the pages before printing</source>
        <translation>Voir les pages avant d&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="25"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="26"/>
        <source>Save as a PDF file, to print or send</source>
        <translation>Enregistrer en PDF, pour imprimer ou envoyer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="27"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="28"/>
        <source>Save as a Word document, to edit</source>
        <translation>Enregistrer en document Word, pour le modifier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="29"/>
        <source>Web page…</source>
        <translation>Page web…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="30"/>
        <source>Save as a web page students open on a phone</source>
        <translation>Enregistrer en page web que les élèves ouvrent sur un téléphone</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="31"/>
        <source>Anki deck…</source>
        <translation>Paquet Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="32"/>
        <source>Save as a deck to import into Anki</source>
        <translation>Enregistrer en paquet à importer dans Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="33"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="34"/>
        <source>Save to a file to share with colleagues</source>
        <translation>Enregistrer dans un fichier à partager avec des collègues</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="35"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/export_bar.py" line="36"/>
        <source>Print on paper</source>
        <translation>Imprimer sur papier</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="29"/>
        <source>Chinese Teach Help</source>
        <translation>Aide de Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="35"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="51"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="38"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="39"/>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="64"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="65"/>
        <source>Every start opens on the start page: back to the lesson and reader you opened last, the next lesson, quick actions and, the first time, four steps through the sample course. The navigation on the left groups the pages by what you do (Ctrl+1 to Ctrl+9 go to them). On the first start the app builds its reference dictionary (a few seconds); everything works offline.</source>
        <translation>Chaque démarrage ouvre la page d’accueil : retour à la dernière leçon et à la dernière lecture ouvertes, la prochaine leçon, des actions rapides et, la première fois, quatre étapes sur le cours d’exemple. La navigation à gauche regroupe les pages selon ce que vous faites (Ctrl+1 à Ctrl+9 y mènent). Au premier démarrage, l’application construit son dictionnaire de référence (quelques secondes) ; tout fonctionne hors ligne.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="71"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="72"/>
        <source>Create a course, its units and lessons. A lesson holds its plan, texts, vocabulary and the new words proposed from its texts.</source>
        <translation>Créez un cours, ses unités et ses leçons. Une leçon contient son plan, ses textes, son vocabulaire et les mots nouveaux proposés à partir de ses textes.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="74"/>
        <source>Worksheet preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="75"/>
        <source>In a lesson, Print and export &gt; Preview… shows a worksheet&apos;s pages as they will print. Choose the kind, the boxes and the seed; show or hide the answer key; New version shuffles a sheet again (the same seed always gives the same sheet); then print it or export the PDF.</source>
        <translation>Dans une leçon, Imprimer et exporter &gt; Aperçu… montre les pages d’une fiche telles qu’elles seront imprimées. Choisissez le type, les cases et le numéro&#xa0;; affichez ou masquez le corrigé&#xa0;; Nouvelle version mélange à nouveau la fiche (le même numéro donne toujours la même fiche)&#xa0;; puis imprimez-la ou exportez le PDF.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="79"/>
        <source>Reader studio</source>
        <translation>Atelier de lectures</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="80"/>
        <source>Paste or open a text, choose which words get pinyin, and export a reader as PDF, web page or Word. Click a word to correct its reading.</source>
        <translation>Collez ou ouvrez un texte, choisissez les mots qui reçoivent le pinyin, puis exportez la lecture en PDF, page web ou Word. Cliquez sur un mot pour corriger sa lecture.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="82"/>
        <source>Decks</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="83"/>
        <source>Make Anki decks (stroke order, audio) or word lists for Pleco and Quizlet from typed words, a file, a reader, a lesson or a course.</source>
        <translation>Créez des paquets Anki (ordre des traits, audio) ou des listes de mots pour Pleco et Quizlet à partir de mots tapés, d’un fichier, d’une lecture, d’une leçon ou d’un cours.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="85"/>
        <source>Dictionary and Quick annotate</source>
        <translation>Dictionnaire et Annotation rapide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="86"/>
        <source>Look up words by characters, pinyin or English. Quick annotate shows a text&apos;s pinyin and how many of its words are above an HSK level.</source>
        <translation>Cherchez des mots par caractères, pinyin ou en anglais. Annotation rapide affiche le pinyin d’un texte et combien de ses mots dépassent un niveau HSK.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="88"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="89"/>
        <source>Drop a .txt or .docx file on the window to open it in the Reader studio, or a course file (.ctcourse) to import it into the library. File &gt; Open Recent lists the files opened last.</source>
        <translation>Déposez un fichier .txt ou .docx sur la fenêtre pour l’ouvrir dans l’Atelier de lectures, ou un fichier de cours (.ctcourse) pour l’importer dans la bibliothèque. Fichier &gt; Ouvrir un fichier récent liste les derniers fichiers ouverts.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="92"/>
        <source>Language and display</source>
        <translation>Langue et affichage</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="93"/>
        <source>Edit &gt; Preferences sets the interface language, the theme (follows the system, dark or high contrast), tone colours (a colour-blind safe scheme is offered) and the Chinese font size.</source>
        <translation>Édition &gt; Préférences règle la langue de l’interface, le thème (celui du système, sombre ou contraste élevé), les couleurs des tons (un jeu adapté aux daltoniens est proposé) et la taille du texte chinois.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="96"/>
        <source>Printed documents in your students&apos; language</source>
        <translation>Documents imprimés dans la langue de vos élèves</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="97"/>
        <source>Edit &gt; Preferences &gt; Document language sets the language of the headings, labels and instructions on readers, worksheets and their answer keys, lesson plans and vocabulary lists, printed or exported: English, Chinese, Spanish, French or Russian. By default it is the interface language. The Chinese text itself is never changed. On the command line, add --doc-lang es (or zh_CN, fr, ru).</source>
        <translation>Édition &gt; Préférences &gt; Langue des documents fixe la langue des titres, étiquettes et consignes des lectures, des fiches et de leurs corrigés, des plans de cours et des listes de vocabulaire, imprimés ou exportés&#xa0;: anglais, chinois, espagnol, français ou russe. Par défaut, c’est la langue de l’interface. Le texte chinois n’est jamais modifié. En ligne de commande, ajoutez --doc-lang fr (ou zh_CN, es, ru).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="123"/>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/help.py" line="126"/>
        <source>Undo / redo in the library</source>
        <translation>Annuler / rétablir dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LessonActivitiesTable</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="45"/>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="56"/>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="59"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_activities.py" line="139"/>
        <source>Total {total} of {duration} minutes.</source>
        <translation>Total : {total} sur {duration} minutes.</translation>
    </message>
</context>
<context>
    <name>LessonClassButtons</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="26"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="51"/>
        <source>Show the text in class</source>
        <translation>Montrer le texte en classe</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="28"/>
        <source>The text open on the Texts tab (or the lesson&apos;s first) full screen on the projector</source>
        <translation>Le texte ouvert dans l’onglet Textes (ou le premier de la leçon) en plein écran au projecteur</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="31"/>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="77"/>
        <source>Drill the words</source>
        <translation>Exercer les mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="33"/>
        <source>The lesson&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Les mots de la leçon un par un au projecteur : caractères, pinyin, sens, ordre des traits</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="52"/>
        <source>The lesson has no text yet: add one on the Texts tab.</source>
        <translation>La leçon n’a pas encore de texte : ajoutez-en un dans l’onglet Textes.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/lesson_class.py" line="78"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Attendez que le dictionnaire soit chargé.</translation>
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
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="92"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="96"/>
        <source>Print and export</source>
        <translation>Imprimer et exporter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="129"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="133"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="142"/>
        <source>One “can-do” statement per line, e.g. Can order food in a restaurant</source>
        <translation>Un objectif « je peux… » par ligne, ex. : Sait commander au restaurant</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="147"/>
        <source>Use template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="149"/>
        <source>Replace the activities with the template&apos;s</source>
        <translation>Remplacer les activités par celles du modèle</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="45"/>
        <source>Type a grammar point or pick one you used before</source>
        <translation>Tapez un point de grammaire ou choisissez-en un déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="47"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_grammar.py" line="51"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="173"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="182"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="178"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="180"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="175"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="183"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="187"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="110"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="188"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="189"/>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="190"/>
        <source>Homework</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="191"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="218"/>
        <source>&lt;b&gt;{course}&lt;/b&gt; — lesson {n}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; — leçon {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="222"/>
        <source>(no unit)</source>
        <translation>(sans unité)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="291"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="448"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="433"/>
        <source>comfortable, at least 98%</source>
        <translation>lecture aisée, au moins 98&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="435"/>
        <source>readable with help, at least 95%</source>
        <translation>lisible avec de l’aide, au moins 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="436"/>
        <source>below the 95% comfort threshold</source>
        <translation>sous le seuil de confort de 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="443"/>
        <source>“{title}”: {before}% of the words known before this lesson ({verdict_before}); {after}% with this lesson&apos;s vocabulary ({verdict_after}).</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: {before}&#xa0;% des mots connus avant cette leçon ({verdict_before})&#xa0;; {after}&#xa0;% avec le vocabulaire de cette leçon ({verdict_after}).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="293"/>
        <source>Edit lesson “{title}”</source>
        <translation>Modifier la leçon « {title} »</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="356"/>
        <source>Finding the new words…</source>
        <translation>Recherche des mots nouveaux…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="365"/>
        <source>Loading the dictionary…</source>
        <translation>Chargement du dictionnaire…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/lesson_editor.py" line="373"/>
        <source>The lesson has no text yet: add one on the Texts tab to get proposed words.</source>
        <translation>La leçon n’a pas encore de texte : ajoutez-en un dans l’onglet Textes pour obtenir des mots proposés.</translation>
    </message>
</context>
<context>
    <name>LessonExports</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="56"/>
        <source>Character writing (stroke order)</source>
        <extracomment>the controls the editor shows as its own (tests and the worksheet preview use them)</extracomment>
        <translation>Écriture des caractères (ordre des traits)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Pinyin and tones</source>
        <translation>Pinyin et tons</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="57"/>
        <source>Fill in the blanks</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="58"/>
        <source>Match words and meanings</source>
        <translation>Associer mots et sens</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="59"/>
        <source>Put words in order</source>
        <translation>Remettre les mots dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="60"/>
        <source>Dictation (听写): sheet, script and key</source>
        <translation>Dictée (听写)&#xa0;: feuille, script et corrigé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="69"/>
        <source>What a dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Ce qu’une feuille de dictée imprime à côté des cases de chaque mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="15"/>
        <source>Pinyin as a hint</source>
        <translation>Le pinyin comme aide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="16"/>
        <source>Meaning as a hint</source>
        <translation>Le sens comme aide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/dictation_hints.py" line="17"/>
        <source>No hint</source>
        <translation>Sans aide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="76"/>
        <source>The same number gives the same worksheet</source>
        <translation>Le même numéro donne la même fiche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="85"/>
        <source>The dictation as a Word document, to edit before printing</source>
        <translation>La dictée en document Word, à modifier avant d’imprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="88"/>
        <source>See the worksheet&apos;s pages and its answer key before printing</source>
        <translation>Voir les pages de la fiche et son corrigé avant d’imprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="92"/>
        <source>The paper the worksheet is printed on</source>
        <translation>Le papier sur lequel la fiche est imprimée</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="107"/>
        <source>Lesson plan</source>
        <translation>Plan de leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="117"/>
        <source>Boxes</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="120"/>
        <source>Seed</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="125"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="129"/>
        <source>Worksheet</source>
        <translation>Fiche d’exercices</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="131"/>
        <source>Deck</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="132"/>
        <source>In class</source>
        <translation>En classe</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="148"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="149"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Paquet Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="153"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="168"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Attendez que le dictionnaire soit chargé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="188"/>
        <source>Writing the lesson plan…</source>
        <translation>Écriture du plan de leçon…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="189"/>
        <source>Writing the worksheet…</source>
        <translation>Écriture de la fiche d’exercices…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="190"/>
        <source>Writing the Anki deck…</source>
        <translation>Écriture du paquet Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="196"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_exports.py" line="99"/>
        <source>An Anki deck of the lesson&apos;s new words</source>
        <translation>Un paquet Anki des nouveaux mots de la leçon</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="53"/>
        <source>Add text</source>
        <extracomment>the controls the editor shows as its own (tests use them)</extracomment>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="56"/>
        <source>Delete text</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="59"/>
        <source>Open in Reader studio</source>
        <translation>Ouvrir dans l’Atelier de lectures</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="64"/>
        <source>Title of the text</source>
        <translation>Titre du texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="67"/>
        <source>Type or paste the lesson&apos;s Chinese text</source>
        <translation>Tapez ou collez le texte chinois de la leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="199"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="127"/>
        <source>Text {n}</source>
        <translation>Texte {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_texts.py" line="217"/>
        <source>The Reader studio is not available; edit the text here.</source>
        <translation>L’Atelier de lectures n’est pas disponible ; modifiez le texte ici.</translation>
    </message>
</context>
<context>
    <name>LessonVocabPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <source>Word</source>
        <extracomment>The column of the meaning the lesson prints: the teacher&apos;s own (typed there), else the sense the word has in the lesson&apos;s texts or the dictionary&apos;s, shown greyed. the meaning a word prints when the teacher gives none (on the meaning cell) the proposals&apos; columns of the corpus frequency and the count in the texts (hidden: in the rows&apos; tooltips) and of the meaning the vocabulary changed (list[VocabItem]) a message for the teacher (bad pinyin typed)</extracomment>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="111"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="157"/>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="112"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="114"/>
        <source>Your pinyin for this word in this lesson; empty: the dictionary&apos;s. Double-click to type it (hao3 or hǎo).</source>
        <translation>Votre pinyin pour ce mot dans cette leçon ; vide : celui du dictionnaire. Double-cliquez pour le saisir (hao3 ou hǎo).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="117"/>
        <source>What the reader, lesson plan, worksheets and deck print: your meaning if you gave one, else (greyed) the sense the word has in this lesson&apos;s texts (after a number, a measure word), else the dictionary&apos;s. Double-click to give your own.</source>
        <translation>Ce qu’impriment la lecture, le plan de leçon, les fiches et le paquet : votre sens si vous en avez donné un, sinon (en gris) le sens du mot dans les textes de cette leçon (après un nombre, un classificateur), sinon celui du dictionnaire. Double-cliquez pour donner le vôtre.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="129"/>
        <source>Double-click Pinyin or Meaning to give this lesson your own (e.g. hao3 or hǎo); leave empty to use the dictionary&apos;s.</source>
        <translation>Double-cliquez sur Pinyin ou Sens pour indiquer les vôtres dans cette leçon (ex. hao3 ou hǎo) ; laissez vide pour utiliser ceux du dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="141"/>
        <source>Add a word…</source>
        <translation>Ajouter un mot…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="146"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="149"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>New word</source>
        <translation>Mot nouveau</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="156"/>
        <source>In text</source>
        <translation>Dans le texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="169"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="172"/>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="188"/>
        <source>&lt;b&gt;Vocabulary of this lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vocabulaire de cette leçon&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="198"/>
        <source>&lt;b&gt;Proposed new words&lt;/b&gt; (from the lesson&apos;s texts)</source>
        <translation>&lt;b&gt;Mots nouveaux proposés&lt;/b&gt; (tirés des textes de la leçon)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="281"/>
        <source>Write one pinyin syllable per character of {word}, e.g. hao3 or hǎo.</source>
        <translation>Écrivez une syllabe de pinyin par caractère de {word}, ex. hao3 ou hǎo.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="347"/>
        <source>{n} times in the lesson&apos;s texts; frequency in the corpus: {freq}</source>
        <translation>{n} fois dans les textes de la leçon ; fréquence dans le corpus : {freq}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="354"/>
        <source>Every word of the texts is known or already in the vocabulary.</source>
        <translation>Tous les mots des textes sont connus ou déjà dans le vocabulaire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="355"/>
        <source>{n} words the class does not know yet.</source>
        <translation>{n} mots que la classe ne connaît pas encore.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="368"/>
        <source>No later lesson depends on this vocabulary.</source>
        <translation>Aucune leçon suivante ne dépend de ce vocabulaire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="373"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/lesson_vocab.py" line="375"/>
        <source>Changing this vocabulary changes what the class knows in the later lessons (their readers and decks): {names}</source>
        <translation>Modifier ce vocabulaire change ce que la classe connaît dans les leçons suivantes (leurs lectures et paquets) : {names}</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/levelbars.py" line="42"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="57"/>
        <source>Search courses, lessons and words</source>
        <translation>Rechercher des cours, leçons et mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="31"/>
        <source>Course / lesson</source>
        <extracomment>A lesson&apos;s vocabulary, space separated, for the search (its tooltip is escaped text).</extracomment>
        <translation>Cours / leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/course_tree.py" line="41"/>
        <source>No course yet. Click New course below to plan one, or drop a course file shared by a colleague on the window.</source>
        <translation>Pas encore de cours. Cliquez sur Nouveau cours ci-dessous pour en préparer un, ou déposez sur la fenêtre un fichier de cours partagé par un collègue.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="69"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="284"/>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="70"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="294"/>
        <source>Course settings</source>
        <translation>Paramètres du cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="71"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="301"/>
        <source>New unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="72"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="330"/>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="73"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="74"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="75"/>
        <location filename="../../chinese_teach/gui/pages/library.py" line="308"/>
        <source>Rename unit</source>
        <translation>Renommer l’unité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="76"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="77"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="78"/>
        <source>Shared courses…</source>
        <translation>Cours partagés…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="165"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Impossible d’ouvrir la bibliothèque : {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="173"/>
        <source>Read-only: {why}</source>
        <translation>Lecture seule : {why}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="300"/>
        <source>Unit {n}</source>
        <translation>Unité {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="327"/>
        <source>Lesson {n}</source>
        <translation>Leçon {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="338"/>
        <source>Duplicate lesson</source>
        <translation>Dupliquer la leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="352"/>
        <source>Delete lesson “{t}”</source>
        <translation>Supprimer la leçon « {t} »</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="354"/>
        <source>Delete unit</source>
        <translation>Supprimer l’unité</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="356"/>
        <source>Delete course “{name}”</source>
        <translation>Supprimer le cours « {name} »</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="362"/>
        <source>Deleted. Undo puts it back.</source>
        <translation>Supprimé. Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="373"/>
        <source>A lesson stays in its course; duplicate it and export/import to share it.</source>
        <translation>Une leçon reste dans son cours ; dupliquez-la puis exportez/importez-la pour la partager.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="385"/>
        <source>Move lesson</source>
        <translation>Déplacer la leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="398"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="400"/>
        <source>The class&apos;s known words changed for: {names}. Their readers and decks may need printing again.</source>
        <translation>Les mots connus de la classe ont changé pour : {names}. Leurs lectures et paquets sont peut-être à réimprimer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="350"/>
        <source>Open Text File</source>
        <extracomment>A screen smaller than this (logical px) gets a maximised window on first start. the corpus is open and the level index loaded (or opening failed: False) False in screenshot mode: the teacher&apos;s window layout is left alone &quot;compact&quot; or &quot;full&quot; once the teacher used the fold button; &quot;&quot; = by window width page modules still to import (after the first paint)</extracomment>
        <translation>Ouvrir un fichier texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="351"/>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="388"/>
        <source>Opening the dictionary…</source>
        <translation>Ouverture du dictionnaire…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="389"/>
        <source>Building the reference dictionary…</source>
        <translation>Construction du dictionnaire de référence…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="390"/>
        <source>Loading the text engine…</source>
        <translation>Chargement du moteur de texte…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="392"/>
        <source>Reference dictionary not built</source>
        <translation>Dictionnaire de référence non construit</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="393"/>
        <source>Reference dictionary unavailable</source>
        <translation>Dictionnaire de référence indisponible</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="408"/>
        <source>Opening the dictionary</source>
        <translation>Ouverture du dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/mainwindow.py" line="432"/>
        <source>Loading the text engine</source>
        <translation>Chargement du moteur de texte</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="199"/>
        <source>Show page names</source>
        <extracomment>Entries that are group headings carry their group key in this role. the teacher folded or unfolded the navigation by its button (True: icons only)</extracomment>
        <translation>Afficher le nom des pages</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/navigation.py" line="202"/>
        <source>Show icons only</source>
        <translation>Afficher seulement les icônes</translation>
    </message>
</context>
<context>
    <name>PageNavBar</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="351"/>
        <source>Previous page</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 = the paper&apos;s real size on screen). Page images kept for scrolling back (an A4 page at 300 % is about 35 MB). ``paint(painter, index)`` draws page ``index`` on a painter that maps points. pages were painted for the first time since :meth:`set_pages` (first page shown) pages painted since the last :meth:`set_pages` (tests and timings) the page at the top of the view changed (0-based) the zoom changed (mode or factor) new pages were set (their count may have changed)</extracomment>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="354"/>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="357"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="363"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="366"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="370"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="371"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="372"/>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="374"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="377"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/page_preview.py" line="409"/>
        <source>of {n}</source>
        <translation>sur {n}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="39"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="51"/>
        <source>Tone marks (nǐ hǎo)</source>
        <translation>Accents de ton (nǐ hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="52"/>
        <source>Tone numbers (ni3 hao3)</source>
        <translation>Chiffres de ton (ni3 hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="53"/>
        <source>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</source>
        <translation>Zhuyin (ㄋㄧˇ ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="60"/>
        <source>Show 一 and 不 with their changed tones (yí gè, bú shì)</source>
        <translation>Afficher 一 et 不 avec leur ton modifié (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="65"/>
        <source>Colour pinyin by tone</source>
        <translation>Colorer le pinyin selon le ton</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="74"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Tone {n}</source>
        <translation>Ton {n}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="80"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="93"/>
        <source>Automatic ({family})</source>
        <translation>Automatique ({family})</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="103"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="109"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="116"/>
        <source>Same as the interface</source>
        <translation>Identique à l’interface</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="122"/>
        <source>The language of the headings, labels and instructions printed on readers, worksheets, lesson plans and vocabulary lists (the Chinese text is not changed)</source>
        <translation>La langue des titres, étiquettes et consignes imprimés sur les lectures, fiches, plans de cours et listes de vocabulaire (le texte chinois ne change pas)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="127"/>
        <source>Follow the system (light or dark)</source>
        <translation>Comme le système (clair ou sombre)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="128"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="134"/>
        <source>HSK standard:</source>
        <translation>Référentiel HSK :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="135"/>
        <source>Pinyin:</source>
        <translation>Pinyin :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="138"/>
        <source>Colour scheme:</source>
        <translation>Jeu de couleurs :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="140"/>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="141"/>
        <source>Chinese font:</source>
        <translation>Police chinoise :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="142"/>
        <source>Font size:</source>
        <translation>Taille de police :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="143"/>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="144"/>
        <source>Document language:</source>
        <translation>Langue des documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="145"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="182"/>
        <source>Set by your school&apos;s configuration</source>
        <translation>Défini par la configuration de votre établissement</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="192"/>
        <source>Tone colour</source>
        <translation>Couleur du ton</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="527"/>
        <source>Standard (red, green, blue, purple, grey)</source>
        <extracomment>File name stem of the app&apos;s catalogues: ``chinese_teach_zh_CN.qm``. Every shipped language, the source language first. A code listed here must have a complete catalogue (tests/gui/test_i18n.py fails otherwise). Languages written right to left: the whole layout is mirrored for them. (pattern of the old text, new template, context), most fixed text first (&quot;{n} results&quot; pattern, message): translated again with the number found old text -&gt; new text, for texts that have one translation whatever their context (context, old text) -&gt; new text, for a text whose translation depends on where it is shown (French &quot;Annuler&quot; is &quot;Undo&quot; in the library and &quot;Cancel&quot; in a dialog)</extracomment>
        <translation>Standard (rouge, vert, bleu, violet, gris)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="528"/>
        <source>MDBG (red, orange, green, blue, black)</source>
        <translation>MDBG (rouge, orange, vert, bleu, noir)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="529"/>
        <source>Colour-blind safe (Okabe-Ito)</source>
        <translation>Adapté aux daltoniens (Okabe-Ito)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/preferences.py" line="129"/>
        <location filename="../../chinese_teach/gui/i18n.py" line="530"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="79"/>
        <source>Presenter view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="90"/>
        <source>No notes for this lesson.</source>
        <translation>Pas de notes pour cette leçon.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="99"/>
        <source>Restart the timer</source>
        <translation>Remettre le chrono à zéro</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="103"/>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="161"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="106"/>
        <source>Stop the timer while the class waits; click again to go on counting</source>
        <translation>Arrête le chronomètre pendant que la classe attend ; un autre clic reprend le décompte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="110"/>
        <source>On the projector now:</source>
        <translation>Au projecteur maintenant :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="117"/>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/presenter.py" line="119"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
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
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="50"/>
        <source>Show in class: {title}</source>
        <extracomment>the sentence shown changed (its index) what the class sees changed (the presenter view follows) the window was closed</extracomment>
        <translation>Montrer en classe&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/projection.py" line="51"/>
        <source>Text shown in class</source>
        <translation>Texte montré en classe</translation>
    </message>
</context>
<context>
    <name>ReaderOptionsPanel</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="44"/>
        <source>Every word</source>
        <translation>Tous les mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="45"/>
        <source>Words the class does not know</source>
        <translation>Mots que la classe ne connaît pas</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="46"/>
        <source>Words above the target level</source>
        <translation>Mots au-dessus du niveau visé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="47"/>
        <source>No pinyin</source>
        <translation>Sans pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="49"/>
        <source>Pinyin on</source>
        <translation>Pinyin sur</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="51"/>
        <source>Standard</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="53"/>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="55"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Known words</source>
        <translation>Mots connus</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="56"/>
        <source>only the first time a word appears</source>
        <translation>seulement à la première occurrence d’un mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="58"/>
        <source>each character</source>
        <translation>chaque caractère</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="59"/>
        <source>each word</source>
        <translation>chaque mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="60"/>
        <source>Pinyin over</source>
        <translation>Pinyin au-dessus de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="62"/>
        <source>tone marks (hǎo)</source>
        <translation>accents de ton (hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="63"/>
        <source>tone numbers (hao3)</source>
        <translation>chiffres de ton (hao3)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="64"/>
        <source>zhuyin (ㄏㄠˇ)</source>
        <translation>zhuyin (ㄏㄠˇ)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="65"/>
        <source>no tones (hao)</source>
        <translation>sans tons (hao)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="67"/>
        <source>Tones</source>
        <translation>Tons</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="68"/>
        <source>write 一 and 不 as spoken (yí gè, bú shì)</source>
        <translation>écrire 一 et 不 comme on les prononce (yí gè, bú shì)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="70"/>
        <source>Mark third-tone changes (nǐ hǎo → ní hǎo)</source>
        <translation>Marquer les changements du 3e ton (nǐ hǎo → ní hǎo)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="73"/>
        <source>A dotted line under the pinyin of a third tone said as a second tone before another third tone. The pinyin itself is not changed.</source>
        <translation>Un pointillé sous le pinyin d’un 3e ton prononcé comme un 2e ton devant un autre 3e ton. Le pinyin lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="77"/>
        <source>Tone colours</source>
        <translation>Couleurs des tons</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="78"/>
        <source>colour the characters</source>
        <translation>colorer les caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="79"/>
        <source>colour the pinyin</source>
        <translation>colorer le pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="83"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="85"/>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="87"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="89"/>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="90"/>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="99"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="91"/>
        <source>paragraphs</source>
        <translation>paragraphes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="92"/>
        <source>every 5th line</source>
        <translation>toutes les 5 lignes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="94"/>
        <source>PDF and Word number every 5th line. A web page has no fixed lines, so the HTML export numbers the sentences instead.</source>
        <translation>PDF et Word numérotent une ligne sur cinq. Une page web n’a pas de lignes fixes&#xa0;: l’export HTML numérote donc les phrases.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="96"/>
        <source>Numbers</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="97"/>
        <source>table at the end</source>
        <translation>tableau à la fin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="98"/>
        <source>numbered notes</source>
        <translation>notes numérotées</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="100"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="101"/>
        <source>not marked</source>
        <translation>non marqués</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="102"/>
        <source>underlined</source>
        <translation>soulignés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="103"/>
        <source>numbered</source>
        <translation>numérotés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="104"/>
        <source>New words</source>
        <translation>Mots nouveaux</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="106"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="108"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="145"/>
        <source>Teaching font (default)</source>
        <translation>Police d’enseignement (par défaut)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="163"/>
        <source>{std} level {lvl}</source>
        <translation>{std} niveau {lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="165"/>
        <source>{std} levels 1-{lvl}</source>
        <translation>{std} niveaux 1-{lvl}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="167"/>
        <source>Word list file…</source>
        <translation>Fichier de liste de mots…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_options.py" line="186"/>
        <source>Word lists (*.txt *.csv *.tsv)</source>
        <translation>Listes de mots (*.txt *.csv *.tsv)</translation>
    </message>
</context>
<context>
    <name>ReaderWordPopup</name>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="67"/>
        <source>Dotted: Chinese Teach is not sure of this reading here (its dictionary and its model of the sentence disagree, or the model hesitates). Check it: choose or type the right reading below, and it is used from now on.</source>
        <extracomment>word, syllables, left context, right context (&quot;&quot; = everywhere)</extracomment>
        <translation>En pointillé : Chinese Teach n’est pas sûr de cette lecture ici (son dictionnaire et son modèle de la phrase ne s’accordent pas, ou le modèle hésite). Vérifiez-la : choisissez ou tapez ci-dessous la bonne lecture, elle sera utilisée désormais.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="75"/>
        <source>Reading in this text:</source>
        <translation>Lecture dans ce texte :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="81"/>
        <source>or type one: zhang3 / zhǎng</source>
        <translation>ou tapez-en une : zhang3 / zhǎng</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="85"/>
        <source>only next to these characters</source>
        <translation>seulement à côté de ces caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="87"/>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="186"/>
        <source>Use this reading everywhere</source>
        <translation>Utiliser cette lecture partout</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="94"/>
        <source>Merge with next word</source>
        <translation>Fusionner avec le mot suivant</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="96"/>
        <source>Split into characters</source>
        <translation>Séparer en caractères</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="103"/>
        <source>meaning in the glossary</source>
        <translation>sens dans le glossaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="104"/>
        <source>Save meaning</source>
        <translation>Enregistrer le sens</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="142"/>
        <source>Not in the dictionary.</source>
        <translation>Absent du dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="157"/>
        <source>only between “{l}” and “{r}”</source>
        <translation>seulement entre « {l} » et « {r} »</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="185"/>
        <source>Use this reading here</source>
        <translation>Utiliser cette lecture ici</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_popup.py" line="203"/>
        <source>Type one syllable per character, e.g. zhang3.</source>
        <translation>Tapez une syllabe par caractère, ex. zhang3.</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="166"/>
        <source>Show in class</source>
        <translation>Montrer en classe</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="168"/>
        <source>The text full screen on the projector, sentence by sentence (Esc leaves)</source>
        <translation>Le texte en plein écran sur le projecteur, phrase par phrase (Échap pour quitter)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="99"/>
        <source>Saved readers</source>
        <extracomment>paragraphs annotated by the preview and the exports (written by workers)</extracomment>
        <translation>Lectures enregistrées</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="105"/>
        <source>No saved reader yet. Type or paste a text on the right, then click Save.</source>
        <translation>Aucune lecture enregistrée pour l’instant. Tapez ou collez un texte à droite, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="108"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="110"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="122"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="124"/>
        <source>Class, lesson, date</source>
        <translation>Classe, leçon, date</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="130"/>
        <source>Type or paste the Chinese text here, one paragraph per line.</source>
        <translation>Tapez ou collez ici le texte chinois, un paragraphe par ligne.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="134"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="139"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="143"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="145"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="226"/>
        <source>The library cannot be opened: {err}</source>
        <translation>Impossible d’ouvrir la bibliothèque : {err}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="251"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="343"/>
        <source>Saved “{title}”.</source>
        <translation>« {title} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="354"/>
        <source>Delete reader</source>
        <translation>Supprimer la lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="355"/>
        <source>Delete “{title}” from the library?</source>
        <translation>Supprimer « {title} » de la bibliothèque ?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="368"/>
        <source>Reader</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Open a text</source>
        <translation>Ouvrir un texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="373"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Textes (*.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="389"/>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="35"/>
        <source>Loading the dictionary…</source>
        <translation>Chargement du dictionnaire…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="51"/>
        <source>Adding pinyin</source>
        <translation>Ajout du pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="61"/>
        <source>{pages} page(s) · {words} words · {new} in the glossary · {desc}</source>
        <translation>{pages} page(s) · {words} mots · {new} dans le glossaire · {desc}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_live_preview.py" line="76"/>
        <source>The preview failed; see the log file.</source>
        <translation>L’aperçu a échoué ; consultez le journal.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="420"/>
        <source>Class 3 · Lesson 5</source>
        <translation>Classe 3 · Leçon 5</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_word_edits.py" line="67"/>
        <source>Stored the reading of {word}.</source>
        <translation>Lecture de {word} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="43"/>
        <source>Export {fmt}</source>
        <translation>Exporter en {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="68"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="73"/>
        <source>Exporting {fmt}</source>
        <translation>Exportation en {fmt}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/widgets/reader_exports.py" line="97"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="558"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="559"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/i18n.py" line="560"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="69"/>
        <source>Drill the words</source>
        <translation>Exercer les mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/launch.py" line="71"/>
        <source>The glossary&apos;s words one at a time on the projector: characters, pinyin, meaning, stroke order</source>
        <translation>Les mots du glossaire un par un au projecteur : caractères, pinyin, sens, ordre des traits</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="346"/>
        <source>Anki deck…</source>
        <translation>Paquet Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="349"/>
        <source>Dictation…</source>
        <translation>Dictée…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="350"/>
        <source>Student sheet, teacher&apos;s script and answer key, as PDF or Word</source>
        <translation>Feuille de l’élève, texte de l’enseignant et corrigé, en PDF ou Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="356"/>
        <source>What the dictation sheet prints beside each word&apos;s boxes</source>
        <translation>Ce que la feuille de dictée imprime à côté des cases de chaque mot</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="361"/>
        <source>The paper the dictation is printed on</source>
        <translation>Le papier sur lequel la dictée est imprimée</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="365"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="367"/>
        <source>Word, pinyin and meaning, one word a line</source>
        <translation>Mot, pinyin et sens, un mot par ligne</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="369"/>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="415"/>
        <source>Drill these again</source>
        <translation>Exercer ces mots à nouveau</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="373"/>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="382"/>
        <source>Dictation:</source>
        <translation>Dictée :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="384"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="413"/>
        <source>{n} of {total} words to review</source>
        <translation>{n} mots sur {total} à revoir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="417"/>
        <source>No word marked: the class knew all {total}.</source>
        <translation>Aucun mot marqué : la classe connaissait les {total}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="419"/>
        <source>Drill all again</source>
        <translation>Tout exercer à nouveau</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="429"/>
        <source>Copied {n} words.</source>
        <translation>{n} mots copiés.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="434"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="436"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Paquet Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="438"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="440"/>
        <source>Save the words to review</source>
        <translation>Enregistrer les mots à revoir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="459"/>
        <source>Wait until the dictionary has loaded.</source>
        <translation>Attendez que le dictionnaire soit chargé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="463"/>
        <source>{title}: words to review</source>
        <translation>{title} : mots à revoir</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="475"/>
        <source>Writing the Anki deck…</source>
        <translation>Écriture du paquet Anki…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="476"/>
        <source>Writing the dictation…</source>
        <translation>Écriture de la dictée…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/classroom/drill.py" line="480"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
</context>
<context>
    <name>SegmentationDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="106"/>
        <source>Add word cutting</source>
        <translation>Ajouter un découpage</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="111"/>
        <source>Keep it whole</source>
        <translation>Le garder entier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="112"/>
        <source>Split it into:</source>
        <translation>Le scinder en :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="120"/>
        <source>pieces separated by spaces: 中国 银行</source>
        <translation>morceaux séparés par des espaces : 中国 银行</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="124"/>
        <source>Word:</source>
        <translation>Mot :</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="142"/>
        <source>A word of one character cannot be kept whole or split.</source>
        <translation>Un mot d’un seul caractère ne peut être ni gardé entier ni scindé.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="150"/>
        <source>The pieces must spell {word}, in order.</source>
        <translation>Les morceaux doivent former {word}, dans l’ordre.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/correction_dialogs.py" line="105"/>
        <source>Edit word cutting</source>
        <translation>Modifier le découpage</translation>
    </message>
</context>
<context>
    <name>SharedCoursesDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="37"/>
        <source>Shared courses</source>
        <translation>Cours partagés</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="46"/>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="47"/>
        <source>In your library</source>
        <translation>Dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="54"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="68"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="69"/>
        <source>newer version available</source>
        <translation>version plus récente disponible</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="81"/>
        <source>Courses shared by your school in {folder}. They are read-only here: import one to use and change it.</source>
        <translation>Cours partagés par votre école dans {folder}. Ils sont ici en lecture seule : importez-en un pour l’utiliser et le modifier.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="84"/>
        <source>There are no courses to show (the folder is empty or cannot be reached).</source>
        <translation>Aucun cours à afficher (le dossier est vide ou inaccessible).</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/shared_courses.py" line="87"/>
        <source>{n} file(s) could not be read.</source>
        <translation>{n} fichier(s) illisible(s).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="86"/>
        <source>Welcome to Chinese Teach</source>
        <extracomment>Settings of the guided path: hidden by the teacher, and the steps done. The page lays its cards in two columns from this width (logical px). A word of the sample course&apos;s first lesson, looked up in the last step.</extracomment>
        <translation>Bienvenue dans Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="90"/>
        <source>Plan lessons, make pinyin readers, worksheets and Anki decks for your class. Where would you like to begin?</source>
        <translation>Préparez vos cours, des lectures avec pinyin, des fiches d’exercices et des paquets Anki pour votre classe. Par où voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="95"/>
        <source>First steps with the sample course</source>
        <translation>Premiers pas avec le cours d’exemple</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="97"/>
        <source>Four clicks show what the app does, on the sample course made for you.</source>
        <translation>Quatre clics montrent ce que fait l’application, sur le cours d’exemple préparé pour vous.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="105"/>
        <source>1. Open the first lesson: its words, plan and worksheets</source>
        <translation>1. Ouvrir la première leçon : ses mots, son plan et ses fiches</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="106"/>
        <source>2. Open its text as a pinyin reader</source>
        <translation>2. Ouvrir son texte en lecture avec pinyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="107"/>
        <source>3. Turn its words into an Anki deck</source>
        <translation>3. Faire de ses mots un paquet Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="108"/>
        <source>4. Look up one of its words: {word}</source>
        <translation>4. Chercher un de ses mots : {word}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="114"/>
        <source>Hide these steps</source>
        <translation>Masquer ces étapes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="119"/>
        <source>Continue where you left off</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="121"/>
        <source>Open lesson</source>
        <translation>Ouvrir la leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="125"/>
        <source>Open reader</source>
        <translation>Ouvrir la lecture</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="130"/>
        <source>Nothing opened yet. Open a lesson in the Library or make a reader in the Reader studio: it will be here the next time.</source>
        <translation>Rien d’ouvert pour l’instant. Ouvrez une leçon dans la Bibliothèque ou créez une lecture dans l’Atelier de lectures : elle sera ici la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="138"/>
        <source>Next lesson</source>
        <translation>Prochaine leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="140"/>
        <source>Prepare it</source>
        <translation>La préparer</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="145"/>
        <source>Open the Library</source>
        <translation>Ouvrir la Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="152"/>
        <source>Quick actions</source>
        <translation>Actions rapides</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="158"/>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="161"/>
        <source>Reader from the clipboard</source>
        <translation>Lecture depuis le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="164"/>
        <source>Reader from a file…</source>
        <translation>Lecture depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="168"/>
        <source>Deck from a word list…</source>
        <translation>Paquet depuis une liste de mots…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="177"/>
        <source>A word in characters, pinyin or English</source>
        <translation>Un mot en caractères, en pinyin ou en anglais</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="178"/>
        <source>Word to look up</source>
        <translation>Mot à chercher</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="181"/>
        <source>Look up</source>
        <translation>Chercher</translation>
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
        <translation>Lecture : {title}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="292"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="301"/>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
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
        <translation>Toutes les leçons du cours ont été faites. Ajoutez la suivante dans la Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="309"/>
        <source>No course yet. Create one in the Library: its lessons will be listed here in order.</source>
        <translation>Pas encore de cours. Créez-en un dans la Bibliothèque : ses leçons apparaîtront ici dans l’ordre.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="323"/>
        <source>The library is read-only.</source>
        <translation>La bibliothèque est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="352"/>
        <source>Create a course in the Library first: lessons belong to a course.</source>
        <translation>Créez d’abord un cours dans la Bibliothèque : les leçons appartiennent à un cours.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="363"/>
        <source>The clipboard holds no text. Copy a Chinese text first, then click again.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d’abord un texte chinois, puis cliquez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="371"/>
        <source>Open a Text</source>
        <translation>Ouvrir un texte</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="372"/>
        <source>Texts (*.txt *.docx);;All files (*)</source>
        <translation>Textes (*.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="378"/>
        <source>Choose a Word List</source>
        <translation>Choisir une liste de mots</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="379"/>
        <source>Word lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listes de mots (*.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="389"/>
        <source>Type a word to look up.</source>
        <translation>Tapez le mot à chercher.</translation>
    </message>
</context>
<context>
    <name>WorksheetPreviewDialog</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="81"/>
        <source>Worksheet preview: {lesson}</source>
        <extracomment>Options settle this long before the pages are laid out again (typing a seed). The kinds whose content depends on the seed; a writing sheet makes no random choice (see ``core.documents.worksheet.build_worksheet``). the pages of new options are shown (the SheetDocument) the worksheet could not be made (the message shown) Export PDF wrote a file (Path)</extracomment>
        <translation>Aperçu de la fiche&#xa0;: {lesson}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="123"/>
        <source>Hint</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="111"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="114"/>
        <source>Show the answer key</source>
        <translation>Afficher le corrigé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="116"/>
        <source>The answer key is printed on its own page(s) at the end of the worksheet</source>
        <translation>Le corrigé est imprimé sur une ou plusieurs pages à part, à la fin de la fiche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="136"/>
        <source>Worksheet pages</source>
        <translation>Pages de la fiche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="149"/>
        <source>The whole worksheet with its answer key, as the lesson editor&apos;s Worksheet (PDF) button writes it</source>
        <translation>La fiche entière avec son corrigé, telle que l’écrit le bouton Fiche d’exercices (PDF) de l’éditeur de leçon</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="234"/>
        <source>Another seed: other choices, another order</source>
        <translation>Un autre numéro&#xa0;: d’autres choix, un autre ordre</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="235"/>
        <source>A character writing sheet is the same for every seed</source>
        <translation>Une fiche d’écriture de caractères est la même pour tous les numéros</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="260"/>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="268"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="319"/>
        <source>{pages} page(s)</source>
        <translation>{pages} page(s)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="321"/>
        <source>{pages} page(s); the answer key starts on page {key}</source>
        <translation>{pages} page(s)&#xa0;; le corrigé commence page {key}</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="324"/>
        <source>{shown} page(s) of exercises; the answer key adds {more} page(s)</source>
        <translation>{shown} page(s) d’exercices&#xa0;; le corrigé ajoute {more} page(s)</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/worksheet_preview.py" line="361"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="32"/>
        <source>Chinese-English dictionary</source>
        <translation>dictionnaire chinois-anglais</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="35"/>
        <source>HSK levels</source>
        <translation>niveaux HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="38"/>
        <source>the icons of the navigation and the start page</source>
        <translation>les icônes de la navigation et de la page d’accueil</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="41"/>
        <source>word segmentation and word frequencies</source>
        <translation>segmentation en mots et fréquences</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="44"/>
        <source>pinyin readings and zhuyin</source>
        <translation>lectures en pinyin et zhuyin</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="47"/>
        <source>polyphone disambiguation model</source>
        <translation>modèle de désambiguïsation des polyphones</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="50"/>
        <source>stroke order data</source>
        <translation>données d’ordre des traits</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="53"/>
        <source>stroke order animation</source>
        <translation>animation de l’ordre des traits</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="56"/>
        <source>bundled Kai-style teaching font</source>
        <translation>police d’enseignement de style Kai fournie</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="59"/>
        <source>fallback Chinese font</source>
        <translation>police chinoise de secours</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="62"/>
        <source>user interface</source>
        <translation>interface utilisateur</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="65"/>
        <source>Anki deck export</source>
        <translation>export de paquets Anki</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="68"/>
        <source>corpus building</source>
        <translation>construction du corpus</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="71"/>
        <source>simplified/traditional conversion</source>
        <translation>conversion simplifié/traditionnel</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="91"/>
        <source>Reference dictionary built {built}; CC-CEDICT of {date}.</source>
        <translation>Dictionnaire de référence construit le {built} ; CC-CEDICT du {date}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="95"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt}.</source>
        <translation>Python {python}, PySide6 {pyside}, Qt {qt}.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="98"/>
        <source>Offline pinyin readers, lesson plans and Anki decks for teachers of Chinese.</source>
        <translation>Lectures avec pinyin, plans de leçon et paquets Anki hors ligne pour les enseignants de chinois.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="101"/>
        <source>Dictionary entries from CC-CEDICT are shared under the same licence (CC BY-SA 4.0). Thanks to everyone who builds and maintains these projects.</source>
        <translation>Les articles issus de CC-CEDICT sont partagés sous la même licence (CC BY-SA 4.0). Merci à toutes les personnes qui créent et maintiennent ces projets.</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="105"/>
        <source>Data, fonts and libraries</source>
        <translation>Données, polices et bibliothèques</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="107"/>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/dialogs/about.py" line="108"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="36"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="40"/>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Ouvrir un fichier texte…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="42"/>
        <source>Open a .txt file in Quick annotate</source>
        <translation>Ouvrir un fichier .txt dans Annotation rapide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="44"/>
        <source>&amp;Build Reference Dictionary…</source>
        <translation>&amp;Construire le dictionnaire de référence…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="46"/>
        <source>Build the dictionary and HSK lists used by every page</source>
        <translation>Construire le dictionnaire et les listes HSK utilisés par toutes les pages</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="49"/>
        <source>&amp;Back Up Library Now</source>
        <translation>&amp;Sauvegarder la bibliothèque maintenant</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="51"/>
        <source>Write a backup of your library now</source>
        <translation>Écrire maintenant une sauvegarde de votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="53"/>
        <source>&amp;Check Library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="55"/>
        <source>Check the library file for damage</source>
        <translation>Vérifier si le fichier de la bibliothèque est endommagé</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="56"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="58"/>
        <source>Replace your library with one of its backups</source>
        <translation>Remplacer votre bibliothèque par l’une de ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="61"/>
        <source>Quit Chinese Teach</source>
        <translation>Quitter Chinese Teach</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="64"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="66"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="68"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="70"/>
        <source>Focus the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="71"/>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="73"/>
        <source>&amp;Larger Chinese Text</source>
        <translation>Texte chinois plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="75"/>
        <source>&amp;Smaller Chinese Text</source>
        <translation>Texte chinois plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="77"/>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="79"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/actions.py" line="81"/>
        <source>&amp;About Chinese Teach</source>
        <translation>À &amp;propos de Chinese Teach</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="429"/>
        <source>Quick annotate</source>
        <translation>Annotation rapide</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/annotate.py" line="434"/>
        <source>Paste a text to see its pinyin and HSK level profile</source>
        <translation>Collez un texte pour voir son pinyin et son profil de niveaux HSK</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="442"/>
        <source>Dictionary</source>
        <translation>Dictionnaire</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/dictionary.py" line="447"/>
        <source>Look up words by characters, pinyin or English</source>
        <translation>Chercher des mots par caractères, pinyin ou en anglais</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="390"/>
        <source>Decks</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/decks.py" line="395"/>
        <source>Anki decks with stroke order, and word lists for Pleco and Quizlet</source>
        <translation>Paquets Anki avec l’ordre des traits, et listes de mots pour Pleco et Quizlet</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="422"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/library.py" line="427"/>
        <source>Courses, units and lessons: plan lessons, their new words, plans and worksheets</source>
        <translation>Cours, unités et leçons : préparez les leçons, leurs mots nouveaux, plans et fiches</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="439"/>
        <source>Reader studio</source>
        <translation>Atelier de lectures</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/readers.py" line="444"/>
        <source>Pinyin readers for your class: PDF, web page and Word</source>
        <translation>Lectures avec pinyin pour votre classe : PDF, page web et Word</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="65"/>
        <source>Plan</source>
        <extracomment>Modules under ``chinese_teach.gui.pages`` that may define a ``PAGE`` (explicit, so a frozen bundle finds them without package scanning). Missing ones are skipped. The navigation&apos;s groups, by what a teacher does: key and heading, in order. A page with no group (the start page) stands above them.</extracomment>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="66"/>
        <source>Make materials</source>
        <translation>Créer des supports</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="67"/>
        <source>Look up</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/__init__.py" line="68"/>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="366"/>
        <source>My corrections</source>
        <translation>Mes corrections</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/corrections.py" line="371"/>
        <source>Your pinyin corrections and word cutting, used in every annotation</source>
        <translation>Vos corrections de pinyin et de découpage, utilisées dans toutes les annotations</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="429"/>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/pages/start.py" line="433"/>
        <source>Where to begin: your last lesson and reader, the next lesson, quick actions</source>
        <translation>Par où commencer : votre dernière leçon et lecture, la prochaine leçon, des actions rapides</translation>
    </message>
</context>
<context>
    <name>savefile</name>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="21"/>
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/savefile.py" line="22"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="54"/>
        <source>Something went wrong ({kind}). The details were written to the log file {path}.</source>
        <extracomment>Work shorter than this never shows a progress dialog. Progress reports closer together than this are merged.</extracomment>
        <translation>Une erreur s’est produite ({kind}). Les détails sont dans le journal {path}.</translation>
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
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../chinese_teach/gui/tasks.py" line="250"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
