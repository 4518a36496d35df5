// The workspace schema as an ordered list of migrations. Append new ones; never edit old ones.
#pragma once

#include "store/Migrations.h"

namespace fw::store {

const std::vector<Migration>& workspaceMigrations();
int latestSchemaVersion();

} // namespace fw::store
