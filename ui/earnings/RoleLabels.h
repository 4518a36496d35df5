// A revenue role as people read it, in their language ("Data contributor"); the ledger's own names
// ("contributor") are protocol words that receipts and the CLI's JSON keep.
#pragma once

#include "ledger/RevenueSplit.h"

#include <QCoreApplication>
#include <QString>

namespace fw::ui {

class RoleLabels
{
public:
    static QString label(ledger::Role role);
    // From the ledger's name; an unknown name comes back as it is.
    static QString label(const QString& roleName);

    Q_DECLARE_TR_FUNCTIONS(fw::ui::RoleLabels)
};

} // namespace fw::ui
