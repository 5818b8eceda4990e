#include "../WorkspaceFixture.h"
#include "widgets/UndoHistory.h"
#include "StringMakers.h"

#include "SettingsDialog.h"

#include "models/PipelineBoardModel.h"
#include "opportunities/BoardColumn.h"
#include "opportunities/OpportunitiesSection.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/OpportunityEditor.h"
#include "opportunities/PipelineSettings.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/db/SqlConnection.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct PipelineFixture : Test::WorkspaceFixture {
    OpportunitiesSection* section = nullptr;
    QString accountId;

    PipelineFixture() {
        Account account;
        account.name = u"Contoso GmbH"_s;
        accountId = AccountRepository(tmp.db()).save(account)->id;
        section = window->opportunities();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
    }

    QString add(const QString& name, const QString& stage) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = 10'000'00;
        o.currency = u"EUR"_s;
        o.stage = stage;
        o.closeDate = QDate(2026, 9, 30);
        auto saved = OpportunityRepository(tmp.db()).save(o);
        REQUIRE(saved);
        return saved->id;
    }

    static QStringList stageNames(const QTableWidget* table) {
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->item(row, 0)->text());
        return names;
    }

    static QStringList items(const QComboBox* combo) {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    }

    /// Saves a picture of the dialog when FIELDBOOK_SCREENSHOTS names a folder.
    static void screenshot(QWidget* dialog, const QString& name) {
        const QString dir = qEnvironmentVariable("FIELDBOOK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        dialog->show();
        QTest::qWait(50);
        dialog->grab().save(QDir(dir).filePath(name));
    }
};

} // namespace

TEST_CASE("a manager adds a pipeline in the settings, a broken rule is named at once, and the board offers it",
          "[ui][pipelines]") {
    PipelineFixture f;
    auto* chooser = f.child<QComboBox>(f.section, u"pipelineChooser"_s);
    CHECK_FALSE(chooser->isVisibleTo(f.window.get())); // one pipeline: nothing to choose

    SettingsDialog dialog(f.tmp.db(), f.window.get());
    auto* tabs = f.child<QTabWidget>(&dialog, u"settingsTabs"_s);
    auto* settings = f.child<PipelineSettings>(&dialog, u"pipelineSettings"_s);
    tabs->setCurrentWidget(settings);
    dialog.show(); // shortcuts and editing in place need an active window
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(settings->isEditable());
    auto* list = f.child<QListWidget>(settings, u"pipelineList"_s);
    auto* table = f.child<QTableWidget>(settings, u"stagesTable"_s);
    auto* problem = f.child<MessageBanner>(settings, u"pipelineProblem"_s);
    CHECK(list->count() == 1);
    CHECK_FALSE(f.child<QPushButton>(settings, u"pipelineActiveButton"_s)->isEnabled()); // the standard one

    QTest::mouseClick(f.child<QPushButton>(settings, u"addPipelineButton"_s), Qt::LeftButton);
    REQUIRE(list->count() == 2);
    CHECK(list->currentRow() == 1);
    // The new pipeline's name is open for editing in the list.
    QWidget* nameEditor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit*>(nameEditor) != nullptr);
    QTest::keyClicks(nameEditor, u"Field service"_s);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits the edit queued
    CHECK(list->item(1)->text() == u"Field service"_s);
    CHECK(settings->pipelines().at(1).name == u"Field service"_s);

    // Remove Qualification, then move Prospecting down with Alt+Down.
    table->setCurrentCell(1, 0);
    QTest::mouseClick(f.child<QPushButton>(settings, u"removeStageButton"_s), Qt::LeftButton);
    table->setCurrentCell(0, 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(f.stageNames(table) == QStringList{u"Proposal"_s, u"Prospecting"_s, u"Negotiation"_s, u"Won"_s, u"Lost"_s});
    CHECK(table->currentRow() == 1);
    CHECK(problem->isHidden());

    // A second Won stage is named at once; choosing Won also makes the stage 100 % and Closed.
    table->item(2, 3)->setData(Qt::UserRole, int(StageOutcome::Won));
    CHECK(table->item(2, 1)->text() == u"100 %"_s);
    CHECK(table->item(2, 2)->text() == u"Closed"_s);
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text().contains(u"exactly one Won"_s));
    table->item(2, 3)->setData(Qt::UserRole, int(StageOutcome::Open));
    CHECK(table->item(2, 2)->text() == u"Pipeline"_s);
    CHECK(problem->isHidden());

    // Won above an open stage: the stage is named, and OK keeps the dialog open and saves nothing.
    table->setCurrentCell(3, 0);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    CHECK(problem->text().contains(u"Negotiation"_s));
    f.screenshot(&dialog, u"settings-pipelines-problem.png"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(MessageBox::lastText().contains(u"Negotiation"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(PipelineRepository(f.tmp.db()).pipelines()->size() == 1);

    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    CHECK(problem->isHidden());
    table->item(0, 0)->setText(u"Site survey"_s);
    f.screenshot(&dialog, u"settings-pipelines.png"_s);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto saved = PipelineRepository(f.tmp.db()).pipelines();
    REQUIRE(saved->size() == 2);
    const Pipeline service = saved->at(1);
    CHECK(service.name == u"Field service"_s);
    CHECK(service.stages.constFirst().name == u"Site survey"_s);

    // The section offers both, and the board shows the chosen one's stages.
    QCoreApplication::processEvents(); // the toolbar lays the chooser out
    CHECK(chooser->isVisibleTo(f.window.get()));
    CHECK(f.items(chooser) == QStringList{u"Standard sales"_s, u"Field service"_s});
    chooser->setCurrentIndex(1);
    CHECK(f.section->pipeline().key == service.key);
    CHECK(f.section->boardModel()->pipeline() == service);
    CHECK(f.section->boardModel()->rowCount() == 5);
    f.screenshot(f.window.get(), u"board-pipeline-chooser.png"_s);
    f.child<BoardColumn>(f.section, u"boardColumn_"_s + service.stages.constFirst().key);
    CHECK(f.section->findChild<BoardColumn*>(u"boardColumn_qualification"_s) == nullptr);

    // A new opportunity starts in the chosen pipeline and may take another one's stages instead.
    Opportunity draft;
    draft.pipeline = service.key;
    draft.stage = service.stages.constFirst().key;
    draft.currency = u"EUR"_s;
    UndoHistory undo;
    AppContext context{f.tmp.db(), undo};
    OpportunityDialog editor(context, draft, f.window.get());
    auto* pipelineCombo = f.child<QComboBox>(&editor, u"pipelineCombo"_s);
    auto* stageCombo = f.child<QComboBox>(&editor, u"stageCombo"_s);
    CHECK(pipelineCombo->currentText() == u"Field service"_s);
    CHECK(f.items(stageCombo).constFirst() == u"Site survey"_s);
    f.screenshot(&editor, u"opportunity-pipeline.png"_s);
    pipelineCombo->setCurrentIndex(0);
    CHECK(f.items(stageCombo) ==
          QStringList{u"Prospecting"_s, u"Qualification"_s, u"Proposal"_s, u"Negotiation"_s, u"Won"_s, u"Lost"_s});
    CHECK(editor.editor()->isDirty());
}

TEST_CASE("removing a stage that opportunities are in is refused on OK, naming the stage", "[ui][pipelines]") {
    PipelineFixture f;
    f.add(u"Boiler replacement"_s, u"qualification"_s);
    SettingsDialog dialog(f.tmp.db(), f.window.get());
    auto* settings = f.child<PipelineSettings>(&dialog, u"pipelineSettings"_s);
    auto* table = f.child<QTableWidget>(settings, u"stagesTable"_s);
    table->setCurrentCell(1, 0);
    settings->removeStage();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(MessageBox::lastText().contains(u"Qualification"_s));
    CHECK(f.child<MessageBanner>(settings, u"pipelineProblem"_s)->text().contains(u"Qualification"_s));
    CHECK(PipelineRepository(f.tmp.db()).pipelines()->constFirst() == Pipeline::standard());
}

TEST_CASE("a rep sees the pipelines but cannot change them", "[ui][pipelines]") {
    PipelineFixture f;
    REQUIRE(f.tmp->connection().run(u"UPDATE users SET role = 'rep' WHERE id = ?"_s, {f.tmp->localUserId()},
                                    u"test: set role"_s));
    SettingsDialog dialog(f.tmp.db(), f.window.get());
    auto* settings = f.child<PipelineSettings>(&dialog, u"pipelineSettings"_s);
    CHECK_FALSE(settings->isEditable());
    CHECK(f.child<QLabel>(settings, u"pipelineNote"_s)->text().contains(u"Only managers and admins"_s));
    for (const char16_t* name : {u"addPipelineButton", u"renamePipelineButton", u"pipelineActiveButton",
                                 u"addStageButton", u"removeStageButton", u"moveStageUpButton"})
        CHECK_FALSE(f.child<QPushButton>(settings, QString::fromUtf16(name))->isEnabled());
    auto* table = f.child<QTableWidget>(settings, u"stagesTable"_s);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(table->item(0, 0)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(f.stageNames(table).size() == 6);
    settings->addStage(); // refused quietly
    CHECK(f.stageNames(table).size() == 6);
    f.child<QTabWidget>(&dialog, u"settingsTabs"_s)->setCurrentWidget(settings);
    f.screenshot(&dialog, u"settings-pipelines-rep.png"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}
