// Reading record rows, shared by the datanet services: the column list, one row into a
// RecordInfo, and stepping through a statement.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "store/Statement.h"

#include <functional>

namespace fw::datanet {

// "SELECT <the RecordInfo columns> FROM records "; append the WHERE clause.
const QString& recordColumns();
RecordInfo readRecord(const store::Statement& st);
// Steps through every row, handing each to `row`.
Status forEachRow(store::Statement& st, const std::function<void(const store::Statement&)>& row);

} // namespace fw::datanet
