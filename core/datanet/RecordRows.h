// Reading record rows, shared by the datanet services: the column list and one row into a
// RecordInfo (store::forEachRow steps through a statement).
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "store/Statement.h"

namespace fw::datanet {

// "SELECT <the RecordInfo columns> FROM records "; append the WHERE clause.
const QString& recordColumns();
RecordInfo readRecord(const store::Statement& st);

} // namespace fw::datanet
