#include "readiness/Enrolment.h"
