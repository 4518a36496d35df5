// The detail pane of the review table: one record rendered by its kind, with who sent it and its state.
#pragma once

#include "datanet/DatanetTypes.h"

#include <QTextBrowser>

namespace fw::ui {

class RecordDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget* parent = nullptr);

    // nullptr clears the pane.
    void showRecord(const datanet::RecordInfo* record, datanet::RecordKind kind);
    // The HTML for a record; separate so that tests and exports can use it.
    static QString recordHtml(const datanet::RecordInfo& record, datanet::RecordKind kind);
};

} // namespace fw::ui
