#include "readiness/Submit.h"
