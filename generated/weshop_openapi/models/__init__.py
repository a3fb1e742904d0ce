"""Contains all the data models used in inputs/outputs"""

from .agent_info import AgentInfo
from .agent_info_envelope import AgentInfoEnvelope
from .agent_ref import AgentRef
from .aimodel_params import AimodelParams
from .aimodel_params_generated_content import AimodelParamsGeneratedContent
from .aimodel_params_mask_type import AimodelParamsMaskType
from .aimodel_params_pose import AimodelParamsPose
from .aimodel_params_result_image_format import AimodelParamsResultImageFormat
from .aipose_params import AiposeParams
from .aipose_params_generate_version import AiposeParamsGenerateVersion
from .aiproduct_params import AiproductParams
from .aiproduct_params_generated_content import AiproductParamsGeneratedContent
from .aiproduct_params_mask_type import AiproductParamsMaskType
from .aiproduct_params_result_image_format import AiproductParamsResultImageFormat
from .background import Background
from .dimension import Dimension
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .execution import Execution
from .execution_params import ExecutionParams
from .execution_status import ExecutionStatus
from .expandimage_params import ExpandimageParams
from .fashion_model import FashionModel
from .fashion_model_profile import FashionModelProfile
from .fashion_model_status import FashionModelStatus
from .fashion_model_type import FashionModelType
from .get_agent_info_resource_type import GetAgentInfoResourceType
from .image_upload import ImageUpload
from .image_uploaded_envelope import ImageUploadedEnvelope
from .init_params import InitParams
from .known_agent_name import KnownAgentName
from .known_agent_version import KnownAgentVersion
from .legacy_envelope import LegacyEnvelope
from .legacy_error_envelope import LegacyErrorEnvelope
from .legacy_image_uploaded_envelope import LegacyImageUploadedEnvelope
from .location import Location
from .location_status import LocationStatus
from .location_type import LocationType
from .meta import Meta
from .my_fashion_model import MyFashionModel
from .my_fashion_model_create_request import MyFashionModelCreateRequest
from .my_fashion_model_create_request_agent_name import (
    MyFashionModelCreateRequestAgentName,
)
from .my_fashion_model_create_request_agent_version import (
    MyFashionModelCreateRequestAgentVersion,
)
from .my_fashion_model_created import MyFashionModelCreated
from .my_fashion_model_created_envelope import MyFashionModelCreatedEnvelope
from .my_fashion_model_delete_request import MyFashionModelDeleteRequest
from .my_fashion_model_envelope import MyFashionModelEnvelope
from .my_fashion_model_status import MyFashionModelStatus
from .my_location import MyLocation
from .my_location_create_request import MyLocationCreateRequest
from .my_location_create_request_agent_name import MyLocationCreateRequestAgentName
from .my_location_create_request_agent_version import (
    MyLocationCreateRequestAgentVersion,
)
from .my_location_created import MyLocationCreated
from .my_location_created_envelope import MyLocationCreatedEnvelope
from .my_location_delete_request import MyLocationDeleteRequest
from .my_location_envelope import MyLocationEnvelope
from .my_location_status import MyLocationStatus
from .page_info import PageInfo
from .pagination import Pagination
from .power_estimate import PowerEstimate
from .power_estimate_envelope import PowerEstimateEnvelope
from .removebg_params import RemovebgParams
from .removebg_params_mask_type import RemovebgParamsMaskType
from .result_item import ResultItem
from .result_item_status import ResultItemStatus
from .run_created import RunCreated
from .run_created_envelope import RunCreatedEnvelope
from .run_data import RunData
from .run_envelope import RunEnvelope
from .run_input import RunInput
from .run_params import RunParams
from .run_request import RunRequest
from .tag import Tag
from .task_create_request import TaskCreateRequest
from .task_created import TaskCreated
from .task_created_envelope import TaskCreatedEnvelope
from .task_delete_request import TaskDeleteRequest
from .task_execute_request import TaskExecuteRequest
from .task_executed import TaskExecuted
from .task_executed_envelope import TaskExecutedEnvelope
from .task_init_params import TaskInitParams
from .task_query_envelope import TaskQueryEnvelope
from .task_query_request import TaskQueryRequest
from .uploaded_image import UploadedImage
from .virtualtryon_params import VirtualtryonParams
from .virtualtryon_params_aspect_ratio import VirtualtryonParamsAspectRatio
from .virtualtryon_params_description_type import VirtualtryonParamsDescriptionType
from .virtualtryon_params_generate_version import VirtualtryonParamsGenerateVersion
from .virtualtryon_params_image_size import VirtualtryonParamsImageSize

__all__ = (
    "AgentInfo",
    "AgentInfoEnvelope",
    "AgentRef",
    "AimodelParams",
    "AimodelParamsGeneratedContent",
    "AimodelParamsMaskType",
    "AimodelParamsPose",
    "AimodelParamsResultImageFormat",
    "AiposeParams",
    "AiposeParamsGenerateVersion",
    "AiproductParams",
    "AiproductParamsGeneratedContent",
    "AiproductParamsMaskType",
    "AiproductParamsResultImageFormat",
    "Background",
    "Dimension",
    "ErrorDetail",
    "ErrorEnvelope",
    "Execution",
    "ExecutionParams",
    "ExecutionStatus",
    "ExpandimageParams",
    "FashionModel",
    "FashionModelProfile",
    "FashionModelStatus",
    "FashionModelType",
    "GetAgentInfoResourceType",
    "ImageUpload",
    "ImageUploadedEnvelope",
    "InitParams",
    "KnownAgentName",
    "KnownAgentVersion",
    "LegacyEnvelope",
    "LegacyErrorEnvelope",
    "LegacyImageUploadedEnvelope",
    "Location",
    "LocationStatus",
    "LocationType",
    "Meta",
    "MyFashionModel",
    "MyFashionModelCreated",
    "MyFashionModelCreatedEnvelope",
    "MyFashionModelCreateRequest",
    "MyFashionModelCreateRequestAgentName",
    "MyFashionModelCreateRequestAgentVersion",
    "MyFashionModelDeleteRequest",
    "MyFashionModelEnvelope",
    "MyFashionModelStatus",
    "MyLocation",
    "MyLocationCreated",
    "MyLocationCreatedEnvelope",
    "MyLocationCreateRequest",
    "MyLocationCreateRequestAgentName",
    "MyLocationCreateRequestAgentVersion",
    "MyLocationDeleteRequest",
    "MyLocationEnvelope",
    "MyLocationStatus",
    "PageInfo",
    "Pagination",
    "PowerEstimate",
    "PowerEstimateEnvelope",
    "RemovebgParams",
    "RemovebgParamsMaskType",
    "ResultItem",
    "ResultItemStatus",
    "RunCreated",
    "RunCreatedEnvelope",
    "RunData",
    "RunEnvelope",
    "RunInput",
    "RunParams",
    "RunRequest",
    "Tag",
    "TaskCreated",
    "TaskCreatedEnvelope",
    "TaskCreateRequest",
    "TaskDeleteRequest",
    "TaskExecuted",
    "TaskExecutedEnvelope",
    "TaskExecuteRequest",
    "TaskInitParams",
    "TaskQueryEnvelope",
    "TaskQueryRequest",
    "UploadedImage",
    "VirtualtryonParams",
    "VirtualtryonParamsAspectRatio",
    "VirtualtryonParamsDescriptionType",
    "VirtualtryonParamsGenerateVersion",
    "VirtualtryonParamsImageSize",
)
