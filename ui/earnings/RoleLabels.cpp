// The four roles' display names.
#include "ui/earnings/RoleLabels.h"

namespace fw::ui {

QString RoleLabels::label(ledger::Role role)
{
    switch (role) {
    case ledger::Role::Node:
        return tr("Node");
    case ledger::Role::Builder:
        return tr("Model builder");
    case ledger::Role::Contributor:
        return tr("Data contributor");
    case ledger::Role::Labeler:
        return tr("Labeler");
    }
    return {};
}

QString RoleLabels::label(const QString& roleName)
{
    const Result<ledger::Role> role = ledger::roleFromName(roleName);
    return role ? label(*role) : roleName;
}

} // namespace fw::ui
