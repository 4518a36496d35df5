// How identities appear in the CLI's output: one tab-separated line each, or JSON.
#pragma once

#include "wallet/Identity.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fw::cli {

// "ADDRESS<TAB>NAME[<TAB>default][<TAB>external]": the address first so `cut -f1` gets it;
// "external" marks someone known from a bundle, whose key this workspace cannot sign with.
QString identityLine(const wallet::Identity& identity);
QJsonObject identityJson(const wallet::Identity& identity);
// Every line of `identities`, in order.
QString identityLines(const QList<wallet::Identity>& identities);

} // namespace fw::cli
