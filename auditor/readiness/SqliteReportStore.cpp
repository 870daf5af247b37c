#include "readiness/ReportStore.h"
