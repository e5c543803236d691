"""SQLAlchemy ORM classes only; importing this package registers every table on ``Base``."""

from app.models.after_sales import Complaint, Survey, SurveyAnswer
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.customer import ConsentRecord, Customer, CustomerPhone, RelatedPerson
from app.models.deal import Deal, DiscountApproval
from app.models.document import Handover, InspectionItem, IssuedDocument
from app.models.follow_up import FollowUp, GradeChange, OwnershipEvent, Transfer
from app.models.project import Project, Setting, User
from app.models.unit import AdverseFactor, Building, Unit
from app.models.visit import RotationEntry, RotationEvent, Visit

__all__ = [
    "AdverseFactor",
    "AuditEntry",
    "Base",
    "Building",
    "Complaint",
    "ConsentRecord",
    "Customer",
    "CustomerPhone",
    "Deal",
    "DiscountApproval",
    "FollowUp",
    "GradeChange",
    "Handover",
    "InspectionItem",
    "IssuedDocument",
    "OwnershipEvent",
    "Project",
    "RelatedPerson",
    "RotationEntry",
    "RotationEvent",
    "Setting",
    "Survey",
    "SurveyAnswer",
    "Transfer",
    "Unit",
    "User",
    "Visit",
]
