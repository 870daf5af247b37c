#include "readiness/ReportRecord.h"
