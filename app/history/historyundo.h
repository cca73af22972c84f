// SPDX-License-Identifier: MIT
#pragma once

#include "history/record.h"

#include <QUndoCommand>

#include <functional>

namespace calfatlas::app {

class HistoryService;

// Reports a change that could not be made (a read-only or full disk), for the page to show.
using ProblemReporter = std::function<void(const QString &)>;

// Deletes a saved self-test; undo puts it back with its own id.
class DeleteSelfTestCommand : public QUndoCommand {
public:
    DeleteSelfTestCommand(HistoryService *service, history::SavedSelfTest test, ProblemReporter report);
    void redo() override;
    void undo() override;
    const history::SavedSelfTest &test() const { return m_test; }

private:
    HistoryService *m_service;
    history::SavedSelfTest m_test;
    ProblemReporter m_report;
};

// Changes a self-test's note; undo brings the old note back.
class EditNoteCommand : public QUndoCommand {
public:
    EditNoteCommand(HistoryService *service, qint64 id, QString before, QString after, ProblemReporter report);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &note);
    HistoryService *m_service;
    qint64 m_id;
    QString m_before;
    QString m_after;
    ProblemReporter m_report;
};

} // namespace calfatlas::app
