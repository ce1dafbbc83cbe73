<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="70" />
      <source>&amp;Accept Suggestion</source>
      <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;Article</source>
      <translation>&amp;Article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;Claim</source>
      <translation>&amp;Affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="111" />
      <source>&amp;Clear Filter</source>
      <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="80" />
      <source>&amp;Delete Claim</source>
      <translation>&amp;Supprimer l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="44" />
      <source>&amp;Export Claims…</source>
      <translation>&amp;Exporter les affirmations…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="72" />
      <source>&amp;Fact from Claim…</source>
      <translation>&amp;Fait à partir de l’affirmation…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="52" />
      <source>&amp;Find in Article…</source>
      <translation>&amp;Chercher dans l’article…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="71" />
      <source>&amp;History…</source>
      <translation>&amp;Historique…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="32" />
      <source>&amp;Import Files…</source>
      <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="75" />
      <source>&amp;Link Claim to Fact…</source>
      <translation>&amp;Rattacher l’affirmation à un fait…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="89" />
      <source>&amp;Merge Sources…</source>
      <translation>&amp;Fusionner des sources…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="53" />
      <source>&amp;New Claim from Selection</source>
      <translation>&amp;Nouvelle affirmation depuis la sélection</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="100" />
      <source>&amp;Not the Same Fact</source>
      <translation>&amp;Pas le même fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="36" />
      <source>&amp;Paste Article…</source>
      <translation>&amp;Coller un article…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="47" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="51" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="58" />
      <source>&amp;Save Claim</source>
      <translation>&amp;Enregistrer l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;Sources</source>
      <translation>&amp;Sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="48" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="1" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="72" />
      <source>A fact in your words, supported by the selected claim</source>
      <translation>Un fait dans vos mots, étayé par l’affirmation sélectionnée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="36" />
      <source>A new article from the text (or web page) on the clipboard</source>
      <translation>Un nouvel article à partir du texte (ou de la page web) du presse-papiers</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="59" />
      <source>Anchor Claim to &amp;Selection</source>
      <translation>Ancrer l’affirmation sur la &amp;sélection</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="90" />
      <source>Annotate</source>
      <translation>Annoter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="83" />
      <source>Article &amp;Details…</source>
      <translation>&amp;Détails de l’article…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="91" />
      <source>Claims Table</source>
      <translation>Tableau des affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="80" />
      <source>Delete the claim (Ctrl+Z brings it back)</source>
      <translation>Supprimer l’affirmation (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/unsaved_dialog.py" line="26" />
      <source>Discard the changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="109" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="86" />
      <source>Every source, its grade, aliases, claims and outlets</source>
      <translation>Chaque source, sa cote, ses alias, ses affirmations et ses médias</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="44" />
      <source>Export the claims of the current filter: CSV, XLSX, JSON, HTML, PDF</source>
      <translation>Exporter les affirmations du filtre en cours : CSV, XLSX, JSON, HTML, PDF</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="106" />
      <source>Facts</source>
      <translation>Faits</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="89" />
      <source>Fold a duplicate source into another</source>
      <translation>Fondre une source en double dans une autre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="110" />
      <source>Français</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="35" />
      <source>Import &amp;Folder…</source>
      <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="39" />
      <source>Import Claim &amp;Sheet…</source>
      <translation>Importer une &amp;feuille d’affirmations…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="32" />
      <source>Import articles: .txt, .md, .html, .pdf, .docx</source>
      <translation>Importer des articles : .txt, .md, .html, .pdf, .docx</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="35" />
      <source>Import every article of a folder</source>
      <translation>Importer tous les articles d’un dossier</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="108" />
      <source>Language: as the System</source>
      <translation>Langue : celle du système</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="75" />
      <source>Link the selected claim to a fact: supports, contradicts, related</source>
      <translation>Rattacher l’affirmation sélectionnée à un fait : confirme, contredit, connexe</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="59" />
      <source>Move the claim being edited to the text selected in the article (an orphaned claim, say)</source>
      <translation>Déplacer l’affirmation en cours sur le texte sélectionné dans l’article (une affirmation orpheline, par exemple)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="100" />
      <source>Never suggest these two claims together again (R in the same-fact list)</source>
      <translation>Ne plus jamais proposer ces deux affirmations ensemble (R dans la liste « même fait »)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="64" />
      <source>Propose attributions found in the article (Enter accepts, Delete rejects)</source>
      <translation>Proposer les attributions trouvées dans l’article (Entrée accepte, Suppr. rejette)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="94" />
      <source>Put the claim and the suggested claim in one fact (A in the same-fact list)</source>
      <translation>Mettre l’affirmation et l’affirmation proposée dans un même fait (A dans la liste « même fait »)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="39" />
      <source>Read back a JSON claim sheet exported by ClaimTracker: articles, sources, claims, facts</source>
      <translation>Relire une feuille d’affirmations JSON exportée par ClaimTracker : articles, sources, affirmations, faits</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="53" />
      <source>Record the selected text as a claim (Ctrl+Enter)</source>
      <translation>Enregistrer le texte sélectionné comme affirmation (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="94" />
      <source>Same &amp;Fact</source>
      <translation>Même &amp;fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/unsaved_dialog.py" line="22" />
      <source>Save the changes, discard them, or go back to the claim?</source>
      <translation>Enregistrer les modifications, les abandonner ou revenir à l’affirmation ?</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="58" />
      <source>Save the claim being edited (Ctrl+S)</source>
      <translation>Enregistrer l’affirmation en cours (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="64" />
      <source>Show &amp;Suggestions</source>
      <translation>Afficher les &amp;suggestions</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="86" />
      <source>Source &amp;Registry</source>
      <translation>&amp;Registre des sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="92" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="93" />
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="83" />
      <source>Title, outlet and publication date of the article</source>
      <translation>Titre, média et date de publication de l’article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/unsaved_dialog.py" line="18" />
      <source>Unsaved claim</source>
      <translation>Affirmation non enregistrée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/actions.py" line="71" />
      <source>Who created and changed the claim, and when</source>
      <translation>Qui a créé et modifié l’affirmation, et quand</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/unsaved_dialog.py" line="19" />
      <source>You changed {what} without saving it.</source>
      <translation>Vous avez modifié {what} sans l’enregistrer.</translation>
    </message>
  </context>
  <context>
    <name>AnnotatePage</name>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="288" />
      <source>Accepted as claim #{id}; Ctrl+Z undoes</source>
      <translation>Acceptée comme affirmation n° {id} ; Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="373" />
      <source>An unsaved claim from last time could not be restored: {why}</source>
      <translation>Une affirmation non enregistrée la dernière fois n’a pas pu être rétablie : {why}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="213" />
      <source>Claim #{claim} {stance} fact #{fact}; Ctrl+Z undoes</source>
      <translation>Affirmation n° {claim} : {stance} le fait n° {fact} ; Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="264" />
      <source>Claim #{id} anchored on the selected text; Ctrl+Z undoes</source>
      <translation>Affirmation n° {id} ancrée sur le texte sélectionné ; Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="278" />
      <source>Deleted claim #{id} — Ctrl+Z brings it back</source>
      <translation>Affirmation n° {id} supprimée — Ctrl+Z la rétablit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="174" />
      <source>Fact #{id} ({stance}): {statement}</source>
      <translation>Fait n° {id} ({stance}) : {statement}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="196" />
      <source>Fact #{id} made from claim #{claim}; Ctrl+Z undoes</source>
      <translation>Fait n° {id} créé à partir de l’affirmation n° {claim} ; Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="189" />
      <source>Fact from claim</source>
      <translation>Fait à partir d’une affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="314" />
      <source>History of claim #{id}</source>
      <translation>Historique de l’affirmation n° {id}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="315" />
      <source>No recorded changes.</source>
      <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="379" />
      <source>Restored the claim you had not saved last time: save it or press Esc</source>
      <translation>Affirmation non enregistrée la dernière fois rétablie : enregistrez-la ou appuyez sur Échap</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="247" />
      <source>Saved claim #{id}</source>
      <translation>Affirmation n° {id} enregistrée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="186" />
      <source>Select a claim first: the fact starts from it</source>
      <translation>Sélectionnez d’abord une affirmation : le fait part d’elle</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="304" />
      <source>Select a claim to see its history</source>
      <translation>Sélectionnez une affirmation pour voir son historique</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="205" />
      <source>Select a claim, and make a fact first (Ctrl+Shift+F)</source>
      <translation>Sélectionnez une affirmation, et créez d’abord un fait (Ctrl+Maj+F)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="257" />
      <source>Select a claim, then the text it should be anchored on</source>
      <translation>Sélectionnez une affirmation, puis le texte sur lequel l’ancrer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="227" />
      <source>Select the claimed text in the article first</source>
      <translation>Sélectionnez d’abord le texte affirmé dans l’article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="298" />
      <source>Suggestion rejected: it will not be proposed again; Ctrl+Z brings it back</source>
      <translation>Suggestion rejetée : elle ne sera plus proposée ; Ctrl+Z la rétablit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate_page.py" line="189" />
      <source>The fact, in your words:</source>
      <translation>Le fait, dans vos mots :</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../claimtracker/gui/app.py" line="52" />
      <source>Password for {where}
(kept in memory only)</source>
      <translation>Mot de passe pour {where}
(gardé en mémoire seulement)</translation>
    </message>
  </context>
  <context>
    <name>ArticleDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="38" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="35" />
      <source>&amp;Outlet</source>
      <translation>&amp;Média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="39" />
      <source>&amp;Published</source>
      <translation>&amp;Publié</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="34" />
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="37" />
      <source>&amp;URL</source>
      <translation>&amp;URL</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="16" />
      <source>Article details</source>
      <translation>Détails de l’article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="36" />
      <source>Original &amp;source</source>
      <translation>&amp;Source d’origine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/article_dialog.py" line="25" />
      <source>as written: Le 20 janvier 2014, 4 February 2023</source>
      <translation>tel qu’écrit : le 20 janvier 2014, 4 February 2023</translation>
    </message>
  </context>
  <context>
    <name>ArticleList</name>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/article_list.py" line="32" />
      <source>Filter articles by title or outlet</source>
      <translation>Filtrer les articles par titre ou média</translation>
    </message>
  </context>
  <context>
    <name>ArticlesTable</name>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="21" />
      <source>Claims</source>
      <translation>Affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="20" />
      <source>Lang.</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="18" />
      <source>Outlet</source>
      <translation>Média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="19" />
      <source>Published</source>
      <translation>Publié</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="17" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/articles_model.py" line="72" />
      <source>Uncertain: {doubt} (“{wording}”)</source>
      <translation>Incertain : {doubt} (« {wording} »)</translation>
    </message>
  </context>
  <context>
    <name>ChainEditor</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="61" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="78" />
      <source>How the selected link passed the claim on, where the text says</source>
      <translation>Comment le maillon sélectionné a transmis l’affirmation, si le texte le dit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="69" />
      <source>Move the link towards the outlet</source>
      <translation>Rapprocher le maillon du média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="66" />
      <source>Move the link towards the speaker</source>
      <translation>Rapprocher le maillon de l’auteur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="63" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="73" />
      <source>The selected link's role in the chain</source>
      <translation>Le rôle du maillon sélectionné dans la chaîne</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="40" />
      <source>according to</source>
      <translation>selon</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="31" />
      <source>document: a report, statement or leak</source>
      <translation>document : un rapport, une déclaration ou une fuite</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="36" />
      <source>how: not said</source>
      <translation>comment : non dit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="30" />
      <source>intermediary: passed it on</source>
      <translation>intermédiaire : l’a transmise</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="33" />
      <source>origin: first said it</source>
      <translation>origine : l’a dite en premier</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="32" />
      <source>publisher: published it</source>
      <translation>éditeur : l’a publiée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="39" />
      <source>quoted</source>
      <translation>cité</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="38" />
      <source>reported</source>
      <translation>rapporté</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="41" />
      <source>republished</source>
      <translation>republié</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="83" />
      <source>the words that say so: a déclaré à, citing…</source>
      <translation>les mots qui le disent : a déclaré à, citing…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="37" />
      <source>told</source>
      <translation>a dit à</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/chain_editor.py" line="55" />
      <source>who passed it on (Enter adds): Reuters, NCRI…</source>
      <translation>qui l’a transmise (Entrée ajoute) : Reuters, CNRI…</translation>
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="127" />
      <source>&amp;Event date</source>
      <translation>Date de l’&amp;événement</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="125" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="132" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="122" />
      <source>&amp;Speaker</source>
      <translation>&amp;Auteur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="123" />
      <source>&amp;Via</source>
      <translation>&amp;Par</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="202" />
      <source>&lt;b&gt;Claim #{id}&lt;/b&gt; · characters {start}–{end}</source>
      <translation>&lt;b&gt;Affirmation n° {id}&lt;/b&gt; · caractères {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="189" />
      <source>&lt;b&gt;New claim&lt;/b&gt; · characters {start}–{end}</source>
      <translation>&lt;b&gt;Nouvelle affirmation&lt;/b&gt; · caractères {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="178" />
      <source>&lt;b&gt;No claim selected&lt;/b&gt;&lt;br&gt;Select text in the article and press Ctrl+Enter, or pick a claim above.</source>
      <translation>&lt;b&gt;Aucune affirmation sélectionnée&lt;/b&gt;&lt;br&gt;Sélectionnez du texte dans l’article et appuyez sur Ctrl+Entrée, ou choisissez une affirmation ci-dessus.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="206" />
      <source>&lt;br&gt;⚠ &lt;b&gt;orphaned&lt;/b&gt;: its quote is no longer in the text. Select the text in the article, then Claim ▸ Anchor Claim to Selection (Ctrl+Shift+A).</source>
      <translation>&lt;br&gt;⚠ &lt;b&gt;orpheline&lt;/b&gt; : sa citation n’est plus dans le texte. Sélectionnez le texte dans l’article, puis Affirmation ▸ Ancrer l’affirmation sur la sélection (Ctrl+Maj+A).</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="128" />
      <source>C&amp;redibility</source>
      <translation>C&amp;rédibilité</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="124" />
      <source>C&amp;ue</source>
      <translation>&amp;Formule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="110" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="126" />
      <source>Claim &amp;date</source>
      <translation>&amp;Date de l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="129" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatut</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="105" />
      <source>Save claim</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="107" />
      <source>Save the claim (Ctrl+S)</source>
      <translation>Enregistrer l’affirmation (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="130" />
      <source>T&amp;ags</source>
      <translation>É&amp;tiquettes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="131" />
      <source>Te&amp;xt</source>
      <translation>Te&amp;xte</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="112" />
      <source>Undo the changes not saved yet (Esc)</source>
      <translation>Annuler les modifications non enregistrées (Échap)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="283" />
      <source>claim #{id}</source>
      <translation>l’affirmation n° {id}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="93" />
      <source>comma-separated</source>
      <translation>séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="337" />
      <source>select text in the article first</source>
      <translation>sélectionnez d’abord du texte dans l’article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="96" />
      <source>the claim in your words (default: the quoted text)</source>
      <translation>l’affirmation dans vos mots (par défaut : le texte cité)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="281" />
      <source>this new claim</source>
      <translation>cette nouvelle affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="83" />
      <source>told, a déclaré, selon, according to…</source>
      <translation>a déclaré, selon, told, according to…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="77" />
      <source>who said it: a person, an office, “two officials”…</source>
      <translation>qui l’a dit : une personne, un service, « deux responsables »…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="340" />
      <source>who said it? The speaker is missing</source>
      <translation>qui l’a dit ? L’auteur manque</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/claim_editor.py" line="228" />
      <source>● not saved</source>
      <translation>● non enregistré</translation>
    </message>
  </context>
  <context>
    <name>ClaimFilter</name>
    <message>
      <location filename="../../claimtracker/domain/claim_filter.py" line="69" />
      <source>all claims</source>
      <translation>toutes les affirmations</translation>
    </message>
  </context>
  <context>
    <name>ClaimLabels</name>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="24" />
      <source>1 · Confirmed</source>
      <translation>1 · Confirmée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="25" />
      <source>2 · Probably true</source>
      <translation>2 · Probablement vraie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="26" />
      <source>3 · Possibly true</source>
      <translation>3 · Peut-être vraie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="27" />
      <source>4 · Doubtful</source>
      <translation>4 · Douteuse</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="28" />
      <source>5 · Improbable</source>
      <translation>5 · Improbable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="29" />
      <source>6 · Cannot be judged</source>
      <translation>6 · Impossible à juger</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="18" />
      <source>Corroborated</source>
      <translation>Corroborée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="12" />
      <source>Direct quote</source>
      <translation>Citation directe</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="19" />
      <source>Disputed</source>
      <translation>Contestée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="14" />
      <source>Document content</source>
      <translation>Contenu d’un document</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="13" />
      <source>Paraphrase</source>
      <translation>Paraphrase</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="20" />
      <source>Refuted</source>
      <translation>Réfutée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/claim_labels.py" line="17" />
      <source>Unverified</source>
      <translation>Non vérifiée</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPage</name>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="152" />
      <source>1 claim · double-click a row to open it in the reader</source>
      <translation>1 affirmation · double-cliquez sur une ligne pour l’ouvrir dans le lecteur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="135" />
      <source>Counting…</source>
      <translation>Comptage…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="83" />
      <source>In one fact now</source>
      <translation>Désormais dans un même fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="88" />
      <source>Not suggested together again</source>
      <translation>Ne seront plus proposées ensemble</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="126" />
      <source>{done} · Ctrl+Z takes it back</source>
      <translation>{done} · Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/claims_page.py" line="154" />
      <source>{n} claims · double-click a row to open it in the reader</source>
      <translation>{n} affirmations · double-cliquez sur une ligne pour l’ouvrir dans le lecteur</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="124" />
      <source> · {count} suggested</source>
      <translation> · {count} proposées</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="122" />
      <source>&lt;b&gt;Claims&lt;/b&gt; ({count})</source>
      <translation>&lt;b&gt;Affirmations&lt;/b&gt; ({count})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="213" />
      <source>Suggested · {speaker}{via} · “{cue}”</source>
      <translation>Suggéré · {speaker}{via} · « {cue} »</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="211" />
      <source>{pronoun} ({name})</source>
      <translation>{pronoun} ({name})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="222" />
      <source>{rule} · confidence {confidence:.2f}
Enter: accept as a claim · Delete: reject</source>
      <translation>{rule} · confiance {confidence:.2f}
Entrée : accepter comme affirmation · Suppr : rejeter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/claims_panel.py" line="201" />
      <source>⚠ orphaned: its quote is no longer in the text · </source>
      <translation>⚠ orpheline : sa citation n’est plus dans le texte · </translation>
    </message>
  </context>
  <context>
    <name>ClaimsTable</name>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="27" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="26" />
      <source>Claim</source>
      <translation>Affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="22" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="30" />
      <source>Fact</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="29" />
      <source>Grade</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="23" />
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="24" />
      <source>Path</source>
      <translation>Parcours</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="25" />
      <source>Publisher</source>
      <translation>Éditeur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/claims_table_model.py" line="28" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../claimtracker/gui/crash_dialog.py" line="26" />
      <source>ClaimTracker — unexpected error</source>
      <translation>ClaimTracker — erreur inattendue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/crash_dialog.py" line="27" />
      <source>Something went wrong inside ClaimTracker. Your saved work is safe: every change is written as soon as it is made.

Please report the details below.</source>
      <translation>Une erreur est survenue dans ClaimTracker. Votre travail enregistré ne risque rien : chaque modification est écrite dès qu’elle est faite.

Merci de signaler les détails ci-dessous.</translation>
    </message>
  </context>
  <context>
    <name>Credibility</name>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Confirmed by other sources</source>
      <translation>Confirmée par d’autres sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Doubtful</source>
      <translation>Douteuse</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Improbable</source>
      <translation>Improbable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Possibly true</source>
      <translation>Peut-être vraie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Probably true</source>
      <translation>Probablement vraie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Truth cannot be judged</source>
      <translation>Véracité impossible à juger</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="75" />
      <source>Kept as written, with an unknown date</source>
      <translation>Gardée telle qu’écrite, avec une date inconnue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="22" />
      <source>as written: lundi, le 5 décembre dernier, on Oct. 3</source>
      <translation>tel qu’écrit : lundi, le 5 décembre dernier, on Oct. 3</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="89" />
      <source>day</source>
      <translation>jour</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="92" />
      <source>decade</source>
      <translation>décennie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="93" />
      <source>interval</source>
      <translation>intervalle</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="90" />
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="73" />
      <source>not a date I can place</source>
      <translation>pas une date que je sais placer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="83" />
      <source>uncertain</source>
      <translation>incertaine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="99" />
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/date_field.py" line="91" />
      <source>year</source>
      <translation>année</translation>
    </message>
  </context>
  <context>
    <name>DerivedStatus</name>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>contradicted</source>
      <translation>contredit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>corroborated</source>
      <translation>corroboré</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>disputed</source>
      <translation>contesté</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>single line</source>
      <translation>une seule ligne</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>unsupported</source>
      <translation>sans appui</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="62" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="63" />
      <source>&amp;Grouping (HTML, PDF)</source>
      <translation>&amp;Regroupement (HTML, PDF)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="55" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="52" />
      <source>By month</source>
      <translation>Par mois</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="51" />
      <source>By source</source>
      <translation>Par source</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="26" />
      <source>CSV, UTF-8 (.csv)</source>
      <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="25" />
      <source>Excel workbook (.xlsx)</source>
      <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="68" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="36" />
      <source>Export claims</source>
      <translation>Exporter les affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="40" />
      <source>Exports the claims the analysis views show: &lt;b&gt;{filter}&lt;/b&gt;</source>
      <translation>Exporte les affirmations que montrent les vues d’analyse : &lt;b&gt;{filter}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="64" />
      <source>F&amp;ile</source>
      <translation>F&amp;ichier</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="27" />
      <source>JSON with W3C annotations (.json)</source>
      <translation>JSON avec annotations W3C (.json)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="29" />
      <source>PDF (.pdf)</source>
      <translation>PDF (.pdf)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/export_dialog.py" line="28" />
      <source>Printable page (.html)</source>
      <translation>Page imprimable (.html)</translation>
    </message>
  </context>
  <context>
    <name>FactFilterBar</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="48" />
      <source>Analyst: any status</source>
      <translation>Analyste : tout statut</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="50" />
      <source>Analyst: {status}</source>
      <translation>Analyste : {status}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="84" />
      <source>Any language</source>
      <translation>Toute langue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="60" />
      <source>Any number of lines</source>
      <translation>Tout nombre de lignes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="59" />
      <source>Lines ≥ </source>
      <translation>Lignes ≥ </translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="101" />
      <source>Reported from</source>
      <translation>Rapporté depuis</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="44" />
      <source>Reported from: 2019, 2019-10…</source>
      <translation>Rapporté depuis : 2019, 2019-10…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="53" />
      <source>Rules: any status</source>
      <translation>Règles : tout statut</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="55" />
      <source>Rules: {status}</source>
      <translation>Règles : {status}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="41" />
      <source>Source on a chain</source>
      <translation>Source dans une chaîne</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="45" />
      <source>To</source>
      <translation>Jusqu’à</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="40" />
      <source>Words in the fact</source>
      <translation>Mots du fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_filter_bar.py" line="111" />
      <source>{field}: “{text}” is not a date</source>
      <translation>{field} : « {text} » n’est pas une date</translation>
    </message>
  </context>
  <context>
    <name>FactTools</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="52" />
      <source>A fact sheet of the facts shown: XLSX, CSV, JSON, HTML, PDF</source>
      <translation>Une fiche des faits affichés : XLSX, CSV, JSON, HTML, PDF</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="107" />
      <source>A new fact has {n} of the reports · Ctrl+Z takes it back</source>
      <translation>Un nouveau fait a {n} des comptes rendus · Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="23" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="22" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="50" />
      <source>Export Facts…</source>
      <translation>Exporter les faits…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="114" />
      <source>Export facts</source>
      <translation>Exporter les faits</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="86" />
      <source>Fact #{absorb} merged into #{keep} · Ctrl+Z takes it back</source>
      <translation>Fait n° {absorb} fusionné dans le n° {keep} · Ctrl+Z annule</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="130" />
      <source>Fact sheet</source>
      <translation>Fiche des faits</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="77" />
      <source>Fold fact #{id} and its reports into:</source>
      <translation>Fondre le fait n° {id} et ses comptes rendus dans :</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="45" />
      <source>Fold the selected fact into another one (Ctrl+Z takes it back)</source>
      <translation>Fondre le fait sélectionné dans un autre (Ctrl+Z annule)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="24" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="76" />
      <source>Merge fact #{id}</source>
      <translation>Fusionner le fait n° {id}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="42" />
      <source>Merge into…</source>
      <translation>Fusionner dans…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="49" />
      <source>Move some of the selected fact's reports to a new fact</source>
      <translation>Déplacer certains comptes rendus du fait sélectionné vers un nouveau fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="26" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="47" />
      <source>Split…</source>
      <translation>Scinder…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="71" />
      <source>There is no other fact to merge it into</source>
      <translation>Il n’y a pas d’autre fait où le fondre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="25" />
      <source>Web page (*.html)</source>
      <translation>Page web (*.html)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/fact_tools.py" line="136" />
      <source>Wrote {n} facts to {path}</source>
      <translation>{n} faits écrits dans {path}</translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="186" />
      <source>: all from anonymous origins</source>
      <translation> : tous d’origines anonymes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="188" />
      <source>: all via {links}</source>
      <translation> : tous via {links}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="191" />
      <source>; {n} against</source>
      <translation> ; {n} contre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="309" />
      <source>marked corroborated, but {n} line of reporting ({derived})</source>
      <translation>marqué corroboré, mais {n} ligne de reportage ({derived})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="311" />
      <source>marked corroborated, but {n} lines of reporting ({derived})</source>
      <translation>marqué corroboré, mais {n} lignes de reportage ({derived})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="315" />
      <source>marked refuted, but nothing reported against it ({derived})</source>
      <translation>marqué réfuté, mais rien de rapporté contre ({derived})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="178" />
      <source>{n} independent line</source>
      <translation>{n} ligne indépendante</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="180" />
      <source>{n} independent lines</source>
      <translation>{n} lignes indépendantes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="175" />
      <source>{n} report</source>
      <translation>{n} compte rendu</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/facts.py" line="175" />
      <source>{n} reports</source>
      <translation>{n} comptes rendus</translation>
    </message>
  </context>
  <context>
    <name>FactsPage</name>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="199" />
      <source> — shared: {links}</source>
      <translation> — en commun : {links}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="134" />
      <source>&lt;i&gt;No fact matches the filter ({what}).&lt;/i&gt;</source>
      <translation>&lt;i&gt;Aucun fait ne correspond au filtre ({what}).&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="132" />
      <source>&lt;i&gt;No fact yet: select a claim and use Claim ▸ Fact from Claim.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Aucun fait pour l’instant : sélectionnez une affirmation et utilisez Affirmation ▸ Fait à partir de l’affirmation.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="240" />
      <source>&lt;tr&gt;&lt;th&gt;claim&lt;/th&gt;&lt;th&gt;date&lt;/th&gt;&lt;th&gt;chain&lt;/th&gt;&lt;th&gt;says&lt;/th&gt;&lt;th&gt;grade&lt;/th&gt;&lt;/tr&gt;</source>
      <translation>&lt;tr&gt;&lt;th&gt;affirmation&lt;/th&gt;&lt;th&gt;date&lt;/th&gt;&lt;th&gt;chaîne&lt;/th&gt;&lt;th&gt;dit&lt;/th&gt;&lt;th&gt;cote&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="289" />
      <source>&lt;tr&gt;&lt;th&gt;when&lt;/th&gt;&lt;th&gt;claim&lt;/th&gt;&lt;th&gt;published in&lt;/th&gt;&lt;th&gt;through&lt;/th&gt;&lt;/tr&gt;</source>
      <translation>&lt;tr&gt;&lt;th&gt;quand&lt;/th&gt;&lt;th&gt;affirmation&lt;/th&gt;&lt;th&gt;publiée dans&lt;/th&gt;&lt;th&gt;par&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="205" />
      <source>Against it</source>
      <translation>Contre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="188" />
      <source>Best grade {best}; some reports are not graded</source>
      <translation>Meilleure cote {best} ; certains comptes rendus ne sont pas cotés</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="168" />
      <source>Derived status: &lt;b&gt;{derived}&lt;/b&gt; · analyst's status: {analyst}</source>
      <translation>Statut déduit : &lt;b&gt;{derived}&lt;/b&gt; · statut de l’analyste : {analyst}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="183" />
      <source>Grades from {best} to {weakest}</source>
      <translation>Cotes de {best} à {weakest}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="72" />
      <source>How it travelled</source>
      <translation>Comment il a circulé</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="198" />
      <source>Line {n}</source>
      <translation>Ligne {n}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="71" />
      <source>Provenance: origins → reports</source>
      <translation>Provenance : origines → comptes rendus</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="206" />
      <source>Related</source>
      <translation>Connexes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="173" />
      <source>mark as reviewed</source>
      <translation>marquer comme revu</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="175" />
      <source>to review: {why}</source>
      <translation>à revoir : {why}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="286" />
      <source>unknown outlet</source>
      <translation>média inconnu</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="145" />
      <source>{n} facts · click a claim to open it in the reader</source>
      <translation>{n} faits · cliquez sur une affirmation pour l’ouvrir dans le lecteur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/facts_page.py" line="220" />
      <source>★ first known appearance</source>
      <translation>★ première apparition connue</translation>
    </message>
  </context>
  <context>
    <name>FactsTable</name>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="16" />
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="21" />
      <source>Analyst</source>
      <translation>Analyste</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="20" />
      <source>By the rules</source>
      <translation>Selon les règles</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="17" />
      <source>Fact</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="19" />
      <source>Independent lines</source>
      <translation>Lignes indépendantes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/facts_model.py" line="18" />
      <source>Reports</source>
      <translation>Comptes rendus</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="69" />
      <source>Any credibility</source>
      <translation>Toute crédibilité</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="78" />
      <source>Any language</source>
      <translation>Toute langue</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="82" />
      <source>Any role</source>
      <translation>Tout rôle</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="74" />
      <source>Any speaker grade</source>
      <translation>Toute cote d’auteur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="66" />
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="53" />
      <source>Article title</source>
      <translation>Titre de l’article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="64" />
      <source>Claim date</source>
      <translation>Date de l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="96" />
      <source>Claims whose quote is no longer in their article's text, to place again</source>
      <translation>Affirmations dont la citation n’est plus dans le texte de l’article, à replacer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="86" />
      <source>Claims with a link in this role; with Via, that source in this role</source>
      <translation>Affirmations ayant un maillon dans ce rôle ; avec « Par », cette source dans ce rôle</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="99" />
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="90" />
      <source>Dates are intervals: by default a claim is shown when one of its days is in the range</source>
      <translation>Les dates sont des intervalles : par défaut une affirmation s’affiche quand l’un de ses jours est dans la plage</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="87" />
      <source>Entirely within</source>
      <translation>Entièrement comprise</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="64" />
      <source>Event date</source>
      <translation>Date de l’événement</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="56" />
      <source>Fact # (or none)</source>
      <translation>Fait n° (ou aucun)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="167" />
      <source>Fact: “{text}” is not a fact number</source>
      <translation>Fait : « {text} » n’est pas un numéro de fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="154" />
      <source>From</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="60" />
      <source>From: 2019, 2019-10…</source>
      <translation>Depuis : 2019, 2019-10…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="49" />
      <source>Origin (first link)</source>
      <translation>Origine (premier maillon)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="52" />
      <source>Original source</source>
      <translation>Source d’origine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="93" />
      <source>Orphaned only</source>
      <translation>Orphelines seulement</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="51" />
      <source>Publisher / outlet</source>
      <translation>Éditeur / média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="101" />
      <source>Show all claims (Ctrl+Shift+L)</source>
      <translation>Afficher toutes les affirmations (Ctrl+Maj+L)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="74" />
      <source>Speaker {grades}</source>
      <translation>Auteur {grades}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="55" />
      <source>Tags, comma-separated</source>
      <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="58" />
      <source>The claims of one fact, by its number; “none” for claims without a fact</source>
      <translation>Les affirmations d’un fait, par son numéro ; « aucun » pour celles sans fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="61" />
      <source>To</source>
      <translation>Jusqu’à</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="50" />
      <source>Via (any later link)</source>
      <translation>Par (tout maillon suivant)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="54" />
      <source>Words in the claim</source>
      <translation>Mots de l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/filter_bar.py" line="83" />
      <source>as {role}</source>
      <translation>comme {role}</translation>
    </message>
  </context>
  <context>
    <name>Grades</name>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="116" />
      <source>6: the claim is not graded (truth cannot be judged)</source>
      <translation>6 : l’affirmation n’est pas cotée (véracité impossible à juger)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="111" />
      <source>F: the speaker is not graded (reliability cannot be judged)</source>
      <translation>F : l’auteur n’est pas coté (fiabilité impossible à juger)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="101" />
      <source>{code} via weakest link {name}</source>
      <translation>{code} par le maillon le plus faible {name}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="107" />
      <source>{code}: source {meaning}</source>
      <translation>{code} : source {meaning}</translation>
    </message>
  </context>
  <context>
    <name>LinkFactDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="41" />
      <source>&amp;Fact</source>
      <translation>&amp;Fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="42" />
      <source>&amp;Stance</source>
      <translation>&amp;Position</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="23" />
      <source>Link the claim to a fact</source>
      <translation>Rattacher l’affirmation à un fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="14" />
      <source>contradicts: says the opposite</source>
      <translation>contredit : dit le contraire</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="15" />
      <source>related: same subject, another figure or detail</source>
      <translation>connexe : même sujet, autre chiffre ou détail</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/link_fact_dialog.py" line="13" />
      <source>supports: says the same thing</source>
      <translation>confirme : dit la même chose</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="120" />
      <source>&amp;Annotate</source>
      <translation>&amp;Annoter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="124" />
      <source>&amp;Facts</source>
      <translation>&amp;Faits</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="176" />
      <source>&amp;Redo {what}</source>
      <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="123" />
      <source>&amp;Timeline</source>
      <translation>&amp;Chronologie</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="173" />
      <source>&amp;Undo {what}</source>
      <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="121" />
      <source>C&amp;laims</source>
      <translation>Affir&amp;mations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="65" />
      <source>ClaimTracker — {location}</source>
      <translation>ClaimTracker — {location}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="93" />
      <source>Database: {location}</source>
      <translation>Base de données : {location}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="214" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="122" />
      <source>S&amp;ources</source>
      <translation>S&amp;ources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="240" />
      <source>The language changes at the next start</source>
      <translation>La langue change au prochain démarrage</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/main_window.py" line="274" />
      <source>The registry has fewer than two sources</source>
      <translation>Le registre compte moins de deux sources</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="62" />
      <source>&amp;Same as</source>
      <translation>&amp;Identique à</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="61" />
      <source>&amp;Source</source>
      <translation>&amp;Source</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="37" />
      <source>Choose a source…</source>
      <translation>Choisissez une source…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="84" />
      <source>Likely duplicates</source>
      <translation>Doublons probables</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="55" />
      <source>Merge</source>
      <translation>Fusionner</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="32" />
      <source>Merge sources</source>
      <translation>Fusionner des sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="84" />
      <source>No likely duplicate found</source>
      <translation>Aucun doublon probable trouvé</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="90" />
      <source>Other sources</source>
      <translation>Autres sources</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="46" />
      <source>Pick the duplicate. The source that goes disappears: its names become aliases of the one that stays, and every claim it said or relayed follows. Undo restores it.</source>
      <translation>Choisissez le doublon. La source qui part disparaît : ses noms deviennent des alias de celle qui reste, et chaque affirmation qu’elle a dite ou relayée suit. Annuler la rétablit.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="63" />
      <source>Stays</source>
      <translation>Reste</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="75" />
      <source>{name}  ({said} said, {relayed} relayed)</source>
      <translation>{name}  ({said} dites, {relayed} relayées)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/merge_dialog.py" line="116" />
      <source>{name} (the other goes)</source>
      <translation>{name} (l’autre part)</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <location filename="../../claimtracker/gui/operations.py" line="36" />
      <source>ClaimTracker</source>
      <translation>ClaimTracker</translation>
    </message>
  </context>
  <context>
    <name>PasteArticleDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/paste_dialog.py" line="17" />
      <source>New article from the clipboard</source>
      <translation>Nouvel article depuis le presse-papiers</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/paste_dialog.py" line="43" />
      <source>Outlet</source>
      <translation>Média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/paste_dialog.py" line="42" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/paste_dialog.py" line="24" />
      <source>Who published it</source>
      <translation>Qui l’a publié</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/paste_dialog.py" line="26" />
      <source>{n} characters, language {language}: “{start}”</source>
      <translation>{n} caractères, langue {language} : « {start} »</translation>
    </message>
  </context>
  <context>
    <name>PropagationTimeline</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="64" />
      <source> via {links}</source>
      <translation> via {links}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="91" />
      <source>&lt;b&gt;#{id}&lt;/b&gt; {when}, in {outlet}&lt;br&gt;{text}</source>
      <translation>&lt;b&gt;n° {id}&lt;/b&gt; {when}, dans {outlet}&lt;br&gt;{text}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="68" />
      <source>Against it</source>
      <translation>Contre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="65" />
      <source>Line {n}</source>
      <translation>Ligne {n}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="121" />
      <source>No reports to place in time</source>
      <translation>Aucun compte rendu à placer dans le temps</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="69" />
      <source>Related</source>
      <translation>Connexes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="93" />
      <source>undated</source>
      <translation>sans date</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/propagation_timeline.py" line="81" />
      <source>unknown outlet</source>
      <translation>média inconnu</translation>
    </message>
  </context>
  <context>
    <name>ProvenanceGraph</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="101" />
      <source>&lt;b&gt;Claim #{id}&lt;/b&gt; ({stance}), appeared {when}&lt;br&gt;{text}&lt;br&gt;&lt;i&gt;{chain}&lt;/i&gt;</source>
      <translation>&lt;b&gt;Affirmation n° {id}&lt;/b&gt; ({stance}), parue {when}&lt;br&gt;{text}&lt;br&gt;&lt;i&gt;{chain}&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="172" />
      <source>No fact selected</source>
      <translation>Aucun fait sélectionné</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="202" />
      <source>contradicts</source>
      <translation>contredit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="63" />
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="64" />
      <source>intermediary</source>
      <translation>intermédiaire</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="62" />
      <source>origin</source>
      <translation>origine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="65" />
      <source>publisher</source>
      <translation>éditeur</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="203" />
      <source>related</source>
      <translation>connexe</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="201" />
      <source>supports</source>
      <translation>confirme</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="117" />
      <source>undated</source>
      <translation>sans date</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/provenance_graph.py" line="118" />
      <source>{n} reports, {span}</source>
      <translation>{n} comptes rendus, {span}</translation>
    </message>
  </context>
  <context>
    <name>ReaderPanel</name>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="88" />
      <source> · original source: {source}</source>
      <translation> · source d’origine : {source}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="46" />
      <source>&lt;i&gt;No article yet: import some with File ▸ Import, or drop files here.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Aucun article pour l’instant : importez-en avec Fichier ▸ Importer, ou déposez des fichiers ici.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="25" />
      <source>Find in the article (Enter: next, Esc: close)</source>
      <translation>Chercher dans l’article (Entrée : suivant, Échap : fermer)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="86" />
      <source>Outlet: {outlet}</source>
      <translation>Média : {outlet}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="89" />
      <source>Published: {date} · language: {language}</source>
      <translation>Publié : {date} · langue : {language}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="69" />
      <source>not found</source>
      <translation>introuvable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="84" />
      <source>uncertain: {doubt}</source>
      <translation>incertain : {doubt}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/annotate/reader_panel.py" line="86" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
  </context>
  <context>
    <name>Reliability</name>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Completely reliable</source>
      <translation>Entièrement fiable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Fairly reliable</source>
      <translation>Assez fiable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Not usually reliable</source>
      <translation>Habituellement peu fiable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Reliability cannot be judged</source>
      <translation>Fiabilité impossible à juger</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Unreliable</source>
      <translation>Peu fiable</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain/sources.py" line="0" />
      <source>Usually reliable</source>
      <translation>Habituellement fiable</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>intermediary</source>
      <translation>intermédiaire</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>origin</source>
      <translation>origine</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>publisher</source>
      <translation>éditeur</translation>
    </message>
  </context>
  <context>
    <name>RoleChart</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="62" />
      <source> · {said} said, {relayed} relayed without a date</source>
      <translation> · {said} dites, {relayed} relayées sans date</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="96" />
      <source>(undated: {said} said, {relayed} relayed)</source>
      <translation>(sans date : {said} dites, {relayed} relayées)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="60" />
      <source>No dated claims</source>
      <translation>Aucune affirmation datée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="115" />
      <source>claims</source>
      <translation>affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="130" />
      <source>month of the claim</source>
      <translation>mois de l’affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="87" />
      <source>relayed it</source>
      <translation>l’a relayée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="87" />
      <source>said it</source>
      <translation>l’a dite</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/role_chart.py" line="141" />
      <source>{month}: said {said}, relayed {relayed}</source>
      <translation>{month} : {said} dites, {relayed} relayées</translation>
    </message>
  </context>
  <context>
    <name>SameFactPanel</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="126" />
      <source>1 report of another article</source>
      <translation>1 compte rendu d’un autre article</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="83" />
      <source>&lt;b&gt;Same fact as claim #{id}?&lt;/b&gt;</source>
      <translation>&lt;b&gt;Même fait que l’affirmation n° {id} ?&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="78" />
      <source>&lt;b&gt;Same fact?&lt;/b&gt;</source>
      <translation>&lt;b&gt;Même fait ?&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="60" />
      <source>Double-click opens the claim · Ctrl+Z takes a choice back</source>
      <translation>Un double-clic ouvre l’affirmation · Ctrl+Z annule un choix</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="84" />
      <source>Looking…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="54" />
      <source>Not the same (R)</source>
      <translation>Pas le même (R)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="130" />
      <source>Nothing in other articles looks like it.</source>
      <translation>Rien dans les autres articles ne lui ressemble.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="53" />
      <source>Same fact (A)</source>
      <translation>Même fait (A)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="80" />
      <source>Select a claim to see reports of other articles that may assert the same thing.</source>
      <translation>Sélectionnez une affirmation pour voir les comptes rendus d’autres articles qui disent peut-être la même chose.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="121" />
      <source>The suggestions failed; see the log.</source>
      <translation>Les suggestions ont échoué ; voir le journal.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="142" />
      <source>in fact {ids}</source>
      <translation>dans le fait {ids}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="137" />
      <source>related (another figure)</source>
      <translation>connexe (autre chiffre)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="139" />
      <source>same fact</source>
      <translation>même fait</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/same_fact_panel.py" line="128" />
      <source>{n} reports of other articles, best first</source>
      <translation>{n} comptes rendus d’autres articles, les meilleurs d’abord</translation>
    </message>
  </context>
  <context>
    <name>SourceCard</name>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="275" />
      <source>Affiliation:</source>
      <translation>Affiliation :</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="271" />
      <source>Also written:</source>
      <translation>Aussi écrit :</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="257" />
      <source>not graded</source>
      <translation>non cotée</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="263" />
      <source>{kind} · reliability {grade}</source>
      <translation>{kind} · fiabilité {grade}</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="67" />
      <source>&amp;Aliases</source>
      <translation>&amp;Alias</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="66" />
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="65" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="69" />
      <source>&amp;Reliability</source>
      <translation>&amp;Fiabilité</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="68" />
      <source>A&amp;ffiliation</source>
      <translation>A&amp;ffiliation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="70" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="38" />
      <source>Source — {name}</source>
      <translation>Source — {name}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="79" />
      <source>a source needs a name</source>
      <translation>une source a besoin d’un nom</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="48" />
      <source>one spelling per line: Ismaël Qaani, Qani…</source>
      <translation>une graphie par ligne : Ismaël Qaani, Qani…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="53" />
      <source>— not graded</source>
      <translation>— non cotée</translation>
    </message>
  </context>
  <context>
    <name>SourceField</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/source_field.py" line="96" />
      <source>New source: it will be added to the registry</source>
      <translation>Nouvelle source : elle sera ajoutée au registre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/source_field.py" line="94" />
      <source>Not in the registry. Close spellings: {links}</source>
      <translation>Absente du registre. Graphies proches : {links}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/source_field.py" line="88" />
      <source>✓ in the registry</source>
      <translation>✓ dans le registre</translation>
    </message>
  </context>
  <context>
    <name>SourceKinds</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="30" />
      <source>Anonymous group</source>
      <translation>Groupe anonyme</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="29" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="27" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="28" />
      <source>Outlet</source>
      <translation>Média</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="26" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/source_dialog.py" line="31" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>SourcesPage</name>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="240" />
      <source> · filter: {filter}</source>
      <translation> · filtre : {filter}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="149" />
      <source>&lt;b&gt;Claims per month&lt;/b&gt;: said by it, or passed on by it</source>
      <translation>&lt;b&gt;Affirmations par mois&lt;/b&gt; : dites par elle, ou transmises par elle</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="242" />
      <source>&lt;b&gt;Its claims&lt;/b&gt; (as speaker or in the chain)</source>
      <translation>&lt;b&gt;Ses affirmations&lt;/b&gt; (comme auteur ou dans la chaîne)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="153" />
      <source>&lt;b&gt;Outlets that carried them&lt;/b&gt;</source>
      <translation>&lt;b&gt;Médias qui les ont portées&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="154" />
      <source>&lt;b&gt;Sources it passed on most&lt;/b&gt;</source>
      <translation>&lt;b&gt;Sources qu’elle a le plus transmises&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="207" />
      <source>&lt;i&gt;Select a source on the left.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Sélectionnez une source à gauche.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="113" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="71" />
      <source>Find a source by any of its names</source>
      <translation>Trouver une source par l’un de ses noms</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="109" />
      <source>Grade: {code} · {label}</source>
      <translation>Cote : {code} · {label}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="106" />
      <source>Grade: —</source>
      <translation>Cote : —</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="235" />
      <source>It passed on no one's claims</source>
      <translation>Elle n’a transmis les affirmations de personne</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="115" />
      <source>Merge a duplicate…</source>
      <translation>Fusionner un doublon…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/sources_page.py" line="232" />
      <source>{name} — {count} passed on</source>
      <translation>{name} — {count} transmises</translation>
    </message>
  </context>
  <context>
    <name>SourcesTable</name>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="15" />
      <source>Aliases</source>
      <translation>Alias</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="16" />
      <source>Grade</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="14" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="18" />
      <source>Relayed</source>
      <translation>Relayées</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="17" />
      <source>Said</source>
      <translation>Dites</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/models/sources_model.py" line="13" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
  </context>
  <context>
    <name>SplitFactDialog</name>
    <message>
      <location filename="../../claimtracker/gui/dialogs/split_fact_dialog.py" line="47" />
      <source>&lt;b&gt;{statement}&lt;/b&gt;&lt;br&gt;Tick the reports that move to a new fact:</source>
      <translation>&lt;b&gt;{statement}&lt;/b&gt;&lt;br&gt;Cochez les comptes rendus qui passent dans un nouveau fait :</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/split_fact_dialog.py" line="25" />
      <source>Split fact #{id}</source>
      <translation>Scinder le fait n° {id}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/dialogs/split_fact_dialog.py" line="38" />
      <source>The new fact, in your words</source>
      <translation>Le nouveau fait, dans vos mots</translation>
    </message>
  </context>
  <context>
    <name>Stance</name>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>contradicts</source>
      <translation>contredit</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>related</source>
      <translation>connexe</translation>
    </message>
    <message>
      <location filename="../../claimtracker/domain" line="0" />
      <source>supports</source>
      <translation>confirme</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../claimtracker/gui/tasks.py" line="119" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/tasks.py" line="143" />
      <source>{doing} {label} ({done} of {total})</source>
      <translation>{doing} {label} ({done} sur {total})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/tasks.py" line="156" />
      <source>{title} stopped on an unexpected error.</source>
      <translation>{title} s’est arrêté sur une erreur inattendue.</translation>
    </message>
  </context>
  <context>
    <name>TimelineCanvas</name>
    <message>
      <location filename="../../claimtracker/gui/widgets/timeline_canvas.py" line="113" />
      <source>No dated claims in this filter</source>
      <translation>Aucune affirmation datée dans ce filtre</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/widgets/timeline_canvas.py" line="276" />
      <source>{label}: {count} claims in {when}</source>
      <translation>{label} : {count} affirmations en {when}</translation>
    </message>
  </context>
  <context>
    <name>TimelinePage</name>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="155" />
      <source> (uncertain)</source>
      <translation> (incertain)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="131" />
      <source>&lt;b&gt;Without a date&lt;/b&gt; ({n}) — not placed on the axis</source>
      <translation>&lt;b&gt;Sans date&lt;/b&gt; ({n}) — non placées sur l’axe</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="63" />
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="57" />
      <source>Lanes: outlets</source>
      <translation>Couloirs : médias</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="56" />
      <source>Lanes: speakers</source>
      <translation>Couloirs : auteurs</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="59" />
      <source>Zoom in (+)</source>
      <translation>Zoomer (+)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="61" />
      <source>Zoom out (−)</source>
      <translation>Dézoomer (−)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="119" />
      <source>counted per {unit}</source>
      <translation>comptées par {unit}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="120" />
      <source>day</source>
      <translation>jour</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="120" />
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="117" />
      <source>one mark per claim</source>
      <translation>une marque par affirmation</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="120" />
      <source>year</source>
      <translation>année</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/pages/timeline_page.py" line="126" />
      <source>{n} dated claims, {drawn} · wheel or +/− to zoom, drag or ←/→ to pan</source>
      <translation>{n} affirmations datées, {drawn} · molette ou +/− pour zoomer, glisser ou ←/→ pour se déplacer</translation>
    </message>
  </context>
  <context>
    <name>TransferController</name>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="62" />
      <source>Articles ({patterns})</source>
      <translation>Articles ({patterns})</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="109" />
      <source>Claim sheet: {summary}</source>
      <translation>Feuille d’affirmations : {summary}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="93" />
      <source>Claim sheets (*.json)</source>
      <translation>Feuilles d’affirmations (*.json)</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="47" />
      <source>ClaimTracker</source>
      <translation>ClaimTracker</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="211" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="208" />
      <source>Exported {count} claims to {path}</source>
      <translation>{count} affirmations exportées dans {path}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="211" />
      <source>Exporting</source>
      <translation>Export en cours</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="86" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="91" />
      <source>Import a claim sheet</source>
      <translation>Importer une feuille d’affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="70" />
      <source>Import a folder of articles</source>
      <translation>Importer un dossier d’articles</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="60" />
      <source>Import articles</source>
      <translation>Importer des articles</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="105" />
      <source>Import claim sheet</source>
      <translation>Importer une feuille d’affirmations</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="157" />
      <source>Import: {summary}</source>
      <translation>Import : {summary}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="86" />
      <source>Importing</source>
      <translation>Import en cours</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="147" />
      <source>New article #{id}: {title}</source>
      <translation>Nouvel article n° {id} : {title}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="105" />
      <source>Reading</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="149" />
      <source>This text is already article #{id}</source>
      <translation>Ce texte est déjà l’article n° {id}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="51" />
      <source>Wait for the running task to finish, or cancel it</source>
      <translation>Attendez la fin de la tâche en cours, ou annulez-la</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="169" />
      <source>{errors} file(s) could not be imported; the others were. {orphans} claim(s) lost their quote in articles whose text changed.</source>
      <translation>{errors} fichier(s) n’ont pas pu être importés ; les autres l’ont été. {orphans} affirmation(s) ont perdu leur citation dans des articles dont le texte a changé.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="114" />
      <source>{problems} claim(s) or fact(s) were left out and {changed} were stored already in another form (kept as stored); the rest was imported.</source>
      <translation>{problems} affirmation(s) ou fait(s) ont été écartés et {changed} étaient déjà enregistrés sous une autre forme (conservés tels quels) ; le reste a été importé.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/transfers.py" line="161" />
      <source>{title}: claim #{id} is orphaned ({why})</source>
      <translation>{title} : l’affirmation n° {id} est orpheline ({why})</translation>
    </message>
  </context>
  <context>
    <name>UpgradeDialog</name>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="63" />
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="57" />
      <source>Making a copy of the database as it is…</source>
      <translation>Copie de la base telle qu’elle est…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="46" />
      <source>Reading the database…</source>
      <translation>Lecture de la base…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="61" />
      <source>Refreshing the statistics that searches rely on…</source>
      <translation>Mise à jour des statistiques dont dépendent les recherches…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="65" />
      <source>Step {step} of {steps}: {what}</source>
      <translation>Étape {step} sur {steps} : {what}</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="78" />
      <source>The copy as it was is kept at {path}.</source>
      <translation>La copie de la base telle qu’elle était est conservée dans {path}.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="119" />
      <source>The database could not be upgraded</source>
      <translation>La base n’a pas pu être mise à jour</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="59" />
      <source>Updating the database's structure…</source>
      <translation>Mise à jour de la structure de la base…</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="32" />
      <source>Upgrading the database</source>
      <translation>Mise à jour de la base</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="74" />
      <source>Upgrading {database} for this version of ClaimTracker.</source>
      <translation>Mise à jour de {database} pour cette version de ClaimTracker.</translation>
    </message>
    <message>
      <location filename="../../claimtracker/gui/upgrade_dialog.py" line="80" />
      <source>{minutes}:{seconds:02d} so far. On an archive of millions of claims this takes some minutes;
it cannot be stopped part-way.</source>
      <translation>{minutes}:{seconds:02d} écoulées. Sur une archive de millions d’affirmations, cela prend quelques minutes ;
on ne peut pas l’interrompre en cours de route.</translation>
    </message>
  </context>
</TS>
