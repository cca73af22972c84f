// SPDX-License-Identifier: MIT
#include "historyundo.h"

#include "historyservice.h"
#include "historytext.h"

#include <QCoreApplication>

namespace calfatlas::app {

namespace {

// The translation context of the undo steps' names.
class UndoText {
    Q_DECLARE_TR_FUNCTIONS(HistoryUndo)
};

} // namespace

DeleteSelfTestCommand::DeleteSelfTestCommand(HistoryService *service, history::SavedSelfTest test,
                                             ProblemReporter report)
    : m_service(service), m_test(std::move(test)), m_report(std::move(report))
{
    setText(UndoText::tr("Delete the self-test of %1").arg(takenAtText(m_test.takenAt)));
}

void DeleteSelfTestCommand::redo()
{
    const history::Outcome outcome = m_service->remove(m_test.id);
    if (!outcome.ok) {
        // Nothing was deleted: nothing to undo either.
        setObsolete(true);
        m_report(outcome.message);
    }
}

void DeleteSelfTestCommand::undo()
{
    const history::Outcome outcome = m_service->restore(m_test);
    if (!outcome.ok)
        m_report(outcome.message);
}

EditNoteCommand::EditNoteCommand(HistoryService *service, qint64 id, QString before, QString after,
                                 ProblemReporter report)
    : m_service(service), m_id(id), m_before(std::move(before)), m_after(std::move(after)), m_report(std::move(report))
{
    setText(UndoText::tr("Edit the note"));
}

void EditNoteCommand::apply(const QString &note)
{
    const history::Outcome outcome = m_service->setNote(m_id, note);
    if (!outcome.ok) {
        setObsolete(true);
        m_report(outcome.message);
    }
}

void EditNoteCommand::redo()
{
    apply(m_after);
}

void EditNoteCommand::undo()
{
    apply(m_before);
}

} // namespace calfatlas::app
