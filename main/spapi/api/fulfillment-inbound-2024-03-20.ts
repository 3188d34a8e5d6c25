import type * as T from '@sp-api-sdk/fulfillment-inbound-api-2024-03-20';
import type { SpApiCaller } from '../client-types';
import { bind, type PageParams } from './bind';

export const FULFILLMENT_INBOUND_2024 = 'fulfillmentInbound_2024-03-20';

type Plan = { inboundPlanId: string };
type Shipment = Plan & { shipmentId: string };

/** Every operation of Fulfillment Inbound 2024-03-20 (Send to Amazon). */
export function fulfillmentInbound(caller: SpApiCaller) {
  const op = <P extends object, R>(operationId: string) => bind<P, R>(caller, FULFILLMENT_INBOUND_2024, operationId);
  return {
    listInboundPlans: op<PageParams & { status?: T.ListInboundPlansStatusEnum; sortBy?: T.ListInboundPlansSortByEnum; sortOrder?: T.ListInboundPlansSortOrderEnum }, T.ListInboundPlansResponse>('listInboundPlans'),
    createInboundPlan: op<{ body: T.CreateInboundPlanRequest }, T.CreateInboundPlanResponse>('createInboundPlan'),
    getInboundPlan: op<Plan, T.InboundPlan>('getInboundPlan'),
    listInboundPlanBoxes: op<Plan & PageParams, T.ListInboundPlanBoxesResponse>('listInboundPlanBoxes'),
    cancelInboundPlan: op<Plan, T.CancelInboundPlanResponse>('cancelInboundPlan'),
    listInboundPlanItems: op<Plan & PageParams, T.ListInboundPlanItemsResponse>('listInboundPlanItems'),
    updateInboundPlanName: op<Plan & { body: T.UpdateInboundPlanNameRequest }, void>('updateInboundPlanName'),
    listPackingGroupBoxes: op<Plan & PageParams & { packingGroupId: string }, T.ListPackingGroupBoxesResponse>('listPackingGroupBoxes'),
    listPackingGroupItems: op<Plan & PageParams & { packingGroupId: string }, T.ListPackingGroupItemsResponse>('listPackingGroupItems'),
    setPackingInformation: op<Plan & { body: T.SetPackingInformationRequest }, T.SetPackingInformationResponse>('setPackingInformation'),
    listPackingOptions: op<Plan & PageParams, T.ListPackingOptionsResponse>('listPackingOptions'),
    generatePackingOptions: op<Plan, T.GeneratePackingOptionsResponse>('generatePackingOptions'),
    confirmPackingOption: op<Plan & { packingOptionId: string }, T.ConfirmPackingOptionResponse>('confirmPackingOption'),
    listInboundPlanPallets: op<Plan & PageParams, T.ListInboundPlanPalletsResponse>('listInboundPlanPallets'),
    listPlacementOptions: op<Plan & PageParams, T.ListPlacementOptionsResponse>('listPlacementOptions'),
    generatePlacementOptions: op<Plan & { body: T.GeneratePlacementOptionsRequest }, T.GeneratePlacementOptionsResponse>('generatePlacementOptions'),
    confirmPlacementOption: op<Plan & { placementOptionId: string }, T.ConfirmPlacementOptionResponse>('confirmPlacementOption'),
    getShipment: op<Shipment, T.Shipment>('getShipment'),
    listShipmentBoxes: op<Shipment & PageParams, T.ListShipmentBoxesResponse>('listShipmentBoxes'),
    listShipmentContentUpdatePreviews: op<Shipment & PageParams, T.ListShipmentContentUpdatePreviewsResponse>('listShipmentContentUpdatePreviews'),
    generateShipmentContentUpdatePreviews: op<Shipment & { body: T.GenerateShipmentContentUpdatePreviewsRequest }, T.GenerateShipmentContentUpdatePreviewsResponse>('generateShipmentContentUpdatePreviews'),
    getShipmentContentUpdatePreview: op<Shipment & { contentUpdatePreviewId: string }, T.ContentUpdatePreview>('getShipmentContentUpdatePreview'),
    confirmShipmentContentUpdatePreview: op<Shipment & { contentUpdatePreviewId: string }, T.ConfirmShipmentContentUpdatePreviewResponse>('confirmShipmentContentUpdatePreview'),
    getDeliveryChallanDocument: op<Shipment, T.GetDeliveryChallanDocumentResponse>('getDeliveryChallanDocument'),
    listDeliveryWindowOptions: op<Shipment & PageParams, T.ListDeliveryWindowOptionsResponse>('listDeliveryWindowOptions'),
    generateDeliveryWindowOptions: op<Shipment, T.GenerateDeliveryWindowOptionsResponse>('generateDeliveryWindowOptions'),
    confirmDeliveryWindowOptions: op<Shipment & { deliveryWindowOptionId: string }, T.ConfirmDeliveryWindowOptionsResponse>('confirmDeliveryWindowOptions'),
    listShipmentItems: op<Shipment & PageParams, T.ListShipmentItemsResponse>('listShipmentItems'),
    updateShipmentName: op<Shipment & { body: T.UpdateShipmentNameRequest }, void>('updateShipmentName'),
    listShipmentPallets: op<Shipment & PageParams, T.ListShipmentPalletsResponse>('listShipmentPallets'),
    cancelSelfShipAppointment: op<Shipment & { body: T.CancelSelfShipAppointmentRequest }, T.CancelSelfShipAppointmentResponse>('cancelSelfShipAppointment'),
    getSelfShipAppointmentSlots: op<Shipment & PageParams, T.GetSelfShipAppointmentSlotsResponse>('getSelfShipAppointmentSlots'),
    generateSelfShipAppointmentSlots: op<Shipment & { body: T.GenerateSelfShipAppointmentSlotsRequest }, T.GenerateSelfShipAppointmentSlotsResponse>('generateSelfShipAppointmentSlots'),
    scheduleSelfShipAppointment: op<Shipment & { slotId: string; body: T.ScheduleSelfShipAppointmentRequest }, T.ScheduleSelfShipAppointmentResponse>('scheduleSelfShipAppointment'),
    updateShipmentSourceAddress: op<Shipment & { body: T.UpdateShipmentSourceAddressRequest }, T.UpdateShipmentSourceAddressResponse>('updateShipmentSourceAddress'),
    updateShipmentTrackingDetails: op<Shipment & { body: T.UpdateShipmentTrackingDetailsRequest }, T.UpdateShipmentTrackingDetailsResponse>('updateShipmentTrackingDetails'),
    listTransportationOptions: op<Plan & PageParams & { placementOptionId?: string; shipmentId?: string }, T.ListTransportationOptionsResponse>('listTransportationOptions'),
    generateTransportationOptions: op<Plan & { body: T.GenerateTransportationOptionsRequest }, T.GenerateTransportationOptionsResponse>('generateTransportationOptions'),
    confirmTransportationOptions: op<Plan & { body: T.ConfirmTransportationOptionsRequest }, T.ConfirmTransportationOptionsResponse>('confirmTransportationOptions'),
    listItemComplianceDetails: op<{ mskus: string[]; marketplaceId: string }, T.ListItemComplianceDetailsResponse>('listItemComplianceDetails'),
    updateItemComplianceDetails: op<{ marketplaceId: string; body: T.UpdateItemComplianceDetailsRequest }, T.UpdateItemComplianceDetailsResponse>('updateItemComplianceDetails'),
    createMarketplaceItemLabels: op<{ body: T.CreateMarketplaceItemLabelsRequest }, T.CreateMarketplaceItemLabelsResponse>('createMarketplaceItemLabels'),
    listPrepDetails: op<{ marketplaceId: string; mskus: string[] }, T.ListPrepDetailsResponse>('listPrepDetails'),
    setPrepDetails: op<{ body: T.SetPrepDetailsRequest }, T.SetPrepDetailsResponse>('setPrepDetails'),
    getInboundOperationStatus: op<{ operationId: string }, T.InboundOperationStatus>('getInboundOperationStatus'),
  };
}

export type FulfillmentInboundApi = ReturnType<typeof fulfillmentInbound>;
